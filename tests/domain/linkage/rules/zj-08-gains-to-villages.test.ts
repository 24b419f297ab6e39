import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-08 gains returned to the villages', () => {
  it('passes an allocation sheet that pays the demolished villages', () => {
    expect(findingsOf('ZJ-08', validFacts())).toEqual([]);
  });

  it('rejects a project without an allocation sheet', () => {
    const facts = validFacts();
    facts.revenueAllocation = null;
    expect(findingsOf('ZJ-08', facts)).toMatchObject([{ severity: 'error', path: 'revenueAllocation' }]);
  });

  it('rejects a sheet that sends nothing to the villages', () => {
    const facts = validFacts();
    facts.revenueAllocation = facts.revenueAllocation!.filter((l) => l.recipient === 'other');
    expect(findingsOf('ZJ-08', facts).map((f) => f.message)).toEqual(['收益分配表共 1 项、合计 100000 元，没有返还被拆旧村庄的款项']);
  });
});
