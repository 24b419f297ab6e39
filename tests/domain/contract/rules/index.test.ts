import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../../../resources/i18n/catalogues';
import { FindingSchema } from '../../../../src/domain/contract/rule';
import { CONTRACT_RULES, runContractRules } from '../../../../src/domain/contract/rules';
import { validFacts } from './facts';

describe('the contract rule set', () => {
  it('holds LT-01 to LT-22 in order, each with a title in both catalogues and a printed legal basis', () => {
    expect(CONTRACT_RULES.map((r) => r.id)).toEqual(Array.from({ length: 22 }, (_, i) => `LT-${String(i + 1).padStart(2, '0')}`));
    for (const rule of CONTRACT_RULES) {
      expect(rule.titleKey).toBe(`rule.${rule.id}.title`);
      expect((zhCN as Record<string, string>)[rule.titleKey], rule.id).toBeTruthy();
      expect((en as Record<string, string>)[rule.titleKey], rule.id).toBeTruthy();
      expect(rule.basis, rule.id).toMatch(/^(《.+》|.*一致性)/);
    }
  });

  it('finds no error in the valid fixture, only the filing reminder and the member-priority note', () => {
    const findings = runContractRules(validFacts());
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toEqual(['LT-09', 'LT-16']);
  });

  it('reports findings that satisfy the finding schema, in rule order, each with a Chinese sentence', () => {
    const facts = validFacts();
    facts.draft.caretakerOnly = true;
    facts.draft.useKind = 'non_farm';
    facts.draft.riskFund = null;
    facts.wholeGroup = true;
    const findings = runContractRules(facts);
    for (const finding of findings) {
      expect(FindingSchema.parse(finding)).toEqual(finding);
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const order = findings.map((f) => Number(f.ruleId.slice(3)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['LT-01', 'LT-04', 'LT-18']));
  });
});
