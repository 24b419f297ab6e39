import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-01 one county', () => {
  it('passes a project whose villages all lie in 单县', () => {
    expect(findingsOf('ZJ-01', validFacts())).toEqual([]);
  });

  it('rejects a project area reaching a village of another county, naming both counties', () => {
    const facts = validFacts();
    facts.project.villages[1]!.countyCode = '371723';
    const [finding, ...rest] = findingsOf('ZJ-01', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', path: 'project.villages.1.countyCode' });
    expect(finding!.message).toBe('项目区 ZJ371722-2023-01 跨 2 个县级行政区：371722（王桥村）；371723（史楼村），项目区不得跨县设置');
  });

  it('cannot confirm a project without villages', () => {
    const facts = validFacts();
    facts.project.villages = [];
    expect(findingsOf('ZJ-01', facts)).toMatchObject([{ severity: 'error', path: 'project.villages' }]);
  });
});
