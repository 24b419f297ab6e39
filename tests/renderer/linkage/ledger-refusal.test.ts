import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../../resources/i18n/catalogues';
import { ApiCallError } from '../../../renderer/api/client';
import { ledgerRefusal } from '../../../renderer/linkage/ledger-refusal';
import { LedgerInvariantIdSchema, ledgerRuleTag } from '../../../src/domain/linkage/quota-ledger';

const refused = (message: string, path: string) => new ApiCallError('linkage.quota.record', 'refused', message, [{ path, key: 'error.detail', params: { detail: message }, message }]);

describe('a refused ledger event on the ledger tab', () => {
  it('has a name for every ledger invariant in both catalogues', () => {
    for (const id of LedgerInvariantIdSchema.options) {
      const key = `linkageBooks.invariant.${id}`;
      expect((zhCN as Record<string, string>)[key], key).toBeTruthy();
      expect((en as Record<string, string>)[key], key).toBeTruthy();
    }
  });

  it('reads the invariant the core names and the form field to correct, areas in m² being typed in 亩', () => {
    const message = `项目 GG-1：事项「p1」（2025-06-10 节余指标确认）：记入后截至 2025-06-10，…（${ledgerRuleTag('returnedPlusSurplusWithinAccepted')}）`;
    expect(ledgerRefusal(refused(message, 'event.areaM2'))).toEqual({ invariant: 'returnedPlusSurplusWithinAccepted', field: 'areaMu' });
    expect(ledgerRefusal(refused(`…（${ledgerRuleTag('surplusAfterReturn')}）`, 'event.date'))).toEqual({ invariant: 'surplusAfterReturn', field: 'date' });
    expect(ledgerRefusal(refused(`…（${ledgerRuleTag('cultivatedWithinReclaimed')}）`, 'event.cultivatedM2'))?.field).toBe('cultivatedMu');
  });

  it('finds nothing in other failures', () => {
    expect(ledgerRefusal(refused('项目 99 不存在', 'projectId'))).toBeNull();
    expect(ledgerRefusal(new ApiCallError('linkage.quota.record', 'bad_input', `（${ledgerRuleTag('usedWithinIssued')}）`))).toBeNull();
    expect(ledgerRefusal(new Error('台账规则 usedWithinIssued'))).toBeNull();
  });
});
