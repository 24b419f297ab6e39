import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-18 risk-guarantee fund', () => {
  it('is silent for a small transfer, and for a whole group with a fund', () => {
    const facts = validFacts();
    expect(findingsOf('LT-18', facts)).toEqual([]);
    facts.wholeGroup = true;
    facts.draft.riskFund = { amountYuan: 5000, holder: '谢集镇农村经营管理站', refundAtExpiry: true };
    expect(findingsOf('LT-18', facts)).toEqual([]);
  });

  it('warns for a whole-group transfer without a fund', () => {
    const facts = validFacts();
    facts.wholeGroup = true;
    const [finding] = findingsOf('LT-18', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-18', severity: 'warning', path: 'riskFund' });
    expect(finding!.message).toContain('整组流转');
  });

  it('warns at the area threshold, citing the area, the threshold and its source', () => {
    const facts = validFacts();
    facts.policy.riskFundThresholdMu.value = 9.3;
    const [finding] = findingsOf('LT-18', facts);
    expect(finding!.message).toContain('流转面积 9.31 亩达到 9.3 亩');
    expect(finding!.message).toContain('单农发〔2024〕3号');
  });
});
