import { describe, expect, it } from 'vitest';
import { parameterRows, parameterUnit, policyRows, valueFromInput, valueKind } from '../../../renderer/linkage/parameter-rows';
import { LinkagePolicySchema } from '../../../src/domain/linkage/linkage-facts';
import { SHANDONG_DEFAULTS } from '../../../src/domain/linkage/parameters/shandong-defaults';

const county = {
  ...SHANDONG_DEFAULTS.parameters,
  quotaPriceYuanPerMu: {
    ...SHANDONG_DEFAULTS.parameters.quotaPriceYuanPerMu,
    county: [...SHANDONG_DEFAULTS.parameters.quotaPriceYuanPerMu.county, { value: 320000, effectiveFrom: '2025-07-01', source: '单县政府常务会议纪要〔2025〕9号' }],
  },
};

describe('the parameter table as rows', () => {
  it('has one row per parameter path with the entry in force on the date, placeholders marked', () => {
    const rows = parameterRows({ parameters: county }, '2025-06-30');
    const price = rows.find((r) => r.key === 'quotaPriceYuanPerMu.county')!;
    expect(price.entries.map((e) => e.value)).toEqual([250000, 320000]);
    expect(price.inForce).toMatchObject({ value: 250000, placeholder: true });
    expect(parameterRows({ parameters: county }, '2025-07-01').find((r) => r.key === 'quotaPriceYuanPerMu.county')!.inForce).toMatchObject({ value: 320000, placeholder: false });
    expect(rows.find((r) => r.key === 'homesteadCapM2.plain')!.inForce).toMatchObject({ value: 200, placeholder: false });
    expect(rows.map((r) => r.key)).toContain('fees.survey');
    expect(rows).toHaveLength(31);
  });

  it('shows no entry in force before the first one took effect', () => {
    expect(parameterRows({ parameters: county }, '2019-12-31').find((r) => r.key === 'consentThreshold')!.inForce).toBeNull();
  });

  it('keys the policy rows as the put method takes them, leaving the consent threshold to the parameters', () => {
    const rows = policyRows({ policy: LinkagePolicySchema.parse({}) }, '2025-01-01');
    expect(rows.map((r) => r.key)).toEqual([
      'policy.revolvingAlerts.warnMonths',
      'policy.revolvingAlerts.errorMonths',
      'policy.ledger.tradeScopes',
      'policy.areaToleranceM2',
      'policy.gradeDirection',
    ]);
    expect(rows[0]!.inForce!.value).toBe(30);
    expect(rows.at(-1)!.inForce!.value).toBe('higherIsWorse');
  });
});

describe('entering a parameter value', () => {
  it('picks the input by parameter and builds the value the table stores', () => {
    expect(valueKind('fees.design')).toBe('fee');
    expect(valueKind('policy.ledger.tradeScopes')).toBe('scopes');
    expect(valueKind('policy.gradeDirection')).toBe('direction');
    expect(valueKind('reclamationYuanPerMu')).toBe('number');
    expect(valueFromInput({ kind: 'fee', fee: 'share', text: '0.03' })).toEqual({ kind: 'share', share: 0.03 });
    expect(valueFromInput({ kind: 'fee', fee: 'perMu', text: '300' })).toEqual({ kind: 'perMu', yuanPerMu: 300 });
    expect(valueFromInput({ kind: 'number', text: '' })).toBeNull();
    expect(valueFromInput({ kind: 'number', text: '1e' })).toBeNull();
    expect(valueFromInput({ kind: 'scopes', scopes: ['county', 'province'] })).toEqual(['county', 'province']);
  });

  it('names the unit of each parameter', () => {
    expect(parameterUnit('homesteadCapM2.plain')).toBe('m2');
    expect(parameterUnit('infrastructureYuanPerM2Land')).toBe('yuanPerM2');
    expect(parameterUnit('quotaPriceYuanPerMu.county')).toBe('yuanPerMu');
    expect(parameterUnit('transitionAllowanceYuanPerPersonMonth')).toBe('yuanPerPersonMonth');
    expect(parameterUnit('policy.revolvingAlerts.errorMonths')).toBe('months');
    expect(parameterUnit('consentThreshold')).toBe('share');
    expect(parameterUnit('plotRatio.apartment')).toBe('none');
  });
});
