import { describe, expect, it } from 'vitest';
import { lm04Registration } from '../../../../src/domain/case/rules/lm-04-registration';
import { buildCaseView } from '../../../../src/domain/case/case-view-builder';
import { mortgage, validCase } from '../facts';

describe('LM-04 an unregistered mortgage is not effective against good-faith third parties', () => {
  it('passes a registered mortgage', () => {
    expect(lm04Registration.check(validCase())).toEqual([]);
    expect(lm04Registration.refuseCompletion!(buildCaseView(validCase()), 'bank.registration')).toBeNull();
  });

  it('marks an unregistered loan in force, as a warning that blocks nothing', () => {
    const [warning] = lm04Registration.check({ ...validCase(), mortgages: [mortgage({ registration: null })] });
    expect(warning!.message).toContain('未登记，不得对抗善意第三人');
    expect(warning!.severity).toBeUndefined();
    expect(lm04Registration.severity).toBe('warning');
    expect(warning!.blocks).toEqual([]);
    expect(warning!.path).toBe('mortgages.0.registration');
  });

  it('refuses completing the registration step without registration data, and only that step', () => {
    const view = buildCaseView({ ...validCase(), mortgages: [mortgage({ registration: null })] });
    expect(lm04Registration.refuseCompletion!(view, 'bank.registration')).toContain('DK2025-018');
    expect(lm04Registration.refuseCompletion!(view, 'bank.disbursement')).toBeNull();
  });

  it('ignores a repaid loan', () => {
    expect(lm04Registration.check({ ...validCase(), mortgages: [mortgage({ registration: null, status: 'repaid' })] })).toEqual([]);
  });
});
