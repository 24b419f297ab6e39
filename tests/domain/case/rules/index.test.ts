import { describe, expect, it } from 'vitest';
import { GateFindingSchema } from '../../../../src/domain/case/case-view';
import { GATE_RULES, runGates } from '../../../../src/domain/case/rules';
import { mortgage, validCase } from '../facts';

describe('runGates', () => {
  it('finds nothing on a case that passes every gate', () => {
    expect(runGates(validCase())).toEqual([]);
  });

  it('holds the five gates, each with a printed legal basis', () => {
    expect(GATE_RULES.map((r) => r.id)).toEqual(['SC-01', 'LM-01', 'LM-02', 'LM-03', 'LM-04']);
    for (const rule of GATE_RULES) expect(rule.basis).toMatch(/^《.+》/);
  });

  it('stamps each finding with its rule’s id, severity and basis, and a finding’s own severity wins', () => {
    const facts = { ...validCase(), mortgages: [mortgage({ registration: null, maturityDate: '2026-12-31', amountYuan: 300_000 })], consents: [] };
    const findings = runGates(facts);
    for (const f of findings) GateFindingSchema.parse(f);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['LM-01', 'warning'],
      ['LM-02', 'error'],
      ['LM-03', 'warning'],
      ['LM-04', 'warning'],
    ]);
    expect(findings[1]!.basis).toBe('《农村土地承包法》第四十七条；《农村土地经营权流转管理办法》第十二条、第二十一条');
  });
});
