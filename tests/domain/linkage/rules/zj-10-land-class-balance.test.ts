import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-10 land classes balanced', () => {
  it('passes before and after tables that both total the 15000 m² project area', () => {
    expect(findingsOf('ZJ-10', validFacts())).toEqual([]);
  });

  it('reports the side that does not add up to the project area', () => {
    const facts = validFacts();
    facts.landClasses.after[0]!.areaM2 = 4999.9;
    expect(findingsOf('ZJ-10', facts)).toEqual([
      {
        ruleId: 'ZJ-10',
        severity: 'error',
        message: '地类面积表实施后合计 1.5000 公顷（22.50 亩），与项目区总面积 1.5000 公顷（22.50 亩）相差 -0.10 m²',
        path: 'landClasses.after',
        parcelIds: [],
      },
    ]);
  });

  it('reports both sides when the project area itself changed', () => {
    const facts = validFacts();
    facts.project.totalAreaM2 = 15000.02;
    expect(findingsOf('ZJ-10', facts).map((f) => f.path)).toEqual(['landClasses.before', 'landClasses.after']);
  });

  it('rejects a missing before table', () => {
    const facts = validFacts();
    facts.landClasses.before = [];
    expect(findingsOf('ZJ-10', facts)).toMatchObject([{ path: 'landClasses', message: '项目区 ZJ371722-2023-01 的地类面积表缺少实施前地类' }]);
  });
});
