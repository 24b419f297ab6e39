import { describe, expect, it } from 'vitest';
import { lm03Ltv } from '../../../../src/domain/case/rules/lm-03-ltv';
import { mortgage, validCase } from '../facts';

describe('LM-03 loan-to-value above the bank’s cap warns', () => {
  it('passes a loan at 50% of the appraised value under the bank’s 60% cap', () => {
    expect(lm03Ltv.check(validCase())).toEqual([]);
  });

  it('accepts a loan exactly at the cap', () => {
    expect(lm03Ltv.check({ ...validCase(), mortgages: [mortgage({ amountYuan: 240_000 })] })).toEqual([]);
  });

  it('warns above the bank’s own cap, citing the figure, its date and source', () => {
    const [warning] = lm03Ltv.check({ ...validCase(), mortgages: [mortgage({ amountYuan: 260_000 })] });
    expect(warning!.message).toContain('抵押率 65%');
    expect(warning!.message).toContain('高于上限 60%');
    expect(warning!.message).toContain('单县农业农村局单农发〔2024〕3号，自 2024-01-01 起施行');
    expect(warning!.blocks).toEqual([]);
    expect(warning!.path).toBe('mortgages.0.amountYuan');
  });

  it('uses the default cap for a bank without its own', () => {
    const other = mortgage({ bank: '中国农业银行单县支行', amountYuan: 260_000 });
    expect(lm03Ltv.check({ ...validCase(), mortgages: [other] })).toEqual([]);
    const [warning] = lm03Ltv.check({ ...validCase(), mortgages: [{ ...other, amountYuan: 290_000 }] });
    expect(warning!.message).toContain('高于上限 70%');
  });
});
