import { describe, expect, it } from 'vitest';
import { CHECK_RULE_IDS } from '../../../src/domain/check-report';
import { phaseKey } from '../../../renderer/jobs/job-phase';
import { en, zhCN } from '../../../resources/i18n/catalogues';

describe('job phases', () => {
  it('translate the phases of imports (waiting for the file too), exports and every data-check rule in both languages', () => {
    for (const phase of ['starting', 'reading', 'checking', 'writing', 'indexing', 'waiting', ...CHECK_RULE_IDS]) {
      const key = phaseKey(phase);
      expect(key, phase).not.toBeNull();
      expect(zhCN[key!], phase).toBeTruthy();
      expect(en[key!], phase).toBeTruthy();
    }
  });

  it('leave an unknown phase untranslated rather than guess, even one named like an object property', () => {
    expect(phaseKey('reticulating')).toBeNull();
    expect(phaseKey('constructor')).toBeNull();
  });
});
