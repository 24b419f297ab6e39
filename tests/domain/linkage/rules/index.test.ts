import { describe, expect, it } from 'vitest';
import en from '../../../../resources/i18n/areas/linkage-rules.en.json';
import zh from '../../../../resources/i18n/areas/linkage-rules.zh-CN.json';
import { LINKAGE_RULES, runLinkageRules } from '../../../../src/domain/linkage/rules';
import { pb02BasicFarmlandUse } from '../../../../src/domain/linkage/rules/pb-02-basic-farmland-use';
import { LinkageFindingSchema } from '../../../../src/domain/linkage/rules/rule';
import { validFacts } from './facts';

describe('the linkage rule set', () => {
  it('finds nothing wrong with the worked 王桥村–史楼村 project', () => {
    expect(runLinkageRules(validFacts())).toEqual([]);
  });

  it('runs ZJ-01 to ZJ-12, ZJ-01b, PB-01 and PB-03 once each, in order', () => {
    expect(LINKAGE_RULES.map((r) => r.id)).toEqual([
      'ZJ-01', 'ZJ-01b', 'ZJ-02', 'ZJ-03', 'ZJ-04', 'ZJ-05', 'ZJ-06', 'ZJ-07', 'ZJ-08', 'ZJ-09', 'ZJ-10', 'ZJ-11', 'ZJ-12', 'PB-01', 'PB-03',
    ]);
  });

  it('gives every rule, PB-02 included, a title in both catalogues and a printed basis', () => {
    for (const rule of [...LINKAGE_RULES, pb02BasicFarmlandUse]) {
      expect(rule.titleKey).toBe(`rule.${rule.id}.title`);
      expect(zh).toHaveProperty([rule.titleKey]);
      expect(en).toHaveProperty([rule.titleKey]);
      expect(rule.basis.length).toBeGreaterThan(10);
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('returns findings of several rules in rule order, each well formed', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.basicFarmland = true;
    facts.project.villages[1]!.countyCode = '371723';
    facts.constructionParcels[0]!.areaM2 = 9500;
    const findings = runLinkageRules(facts);
    expect(findings.map((f) => f.ruleId)).toEqual(['ZJ-01', 'ZJ-02', 'PB-01']);
    for (const f of findings) expect(LinkageFindingSchema.parse(f)).toEqual(f);
  });
});
