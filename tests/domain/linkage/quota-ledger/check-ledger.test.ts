import { describe, expect, it } from 'vitest';
import { checkLedger } from '../../../../src/domain/linkage/quota-ledger';
import { muToM2 } from '../../../../src/domain/units';
import { accept, confirm, giveBack, issue, ledger, POLICY, trade, use } from './ledger-fixtures';

describe('checking a stored ledger', () => {
  it('finds nothing in a ledger the events were applied to one by one', () => {
    const events = ledger(issue('2021-03-01', 100), use('2021-06-01', 80), accept('2023-01-10', 150, 140), giveBack('2023-02-01', 80), confirm('2023-02-15', 40), trade('2023-03-01', 30));
    expect(checkLedger(events, POLICY)).toBeNull();
  });

  it('finds events out of date order, duplicate ids and broken figures', () => {
    const a = issue('2021-03-01', 10);
    expect(checkLedger([a, use('2021-02-01', 5)], POLICY)?.invariant).toBe('dateOrder');
    expect(checkLedger([a, { ...use('2021-04-01', 5), id: a.id }], POLICY)?.invariant).toBe('uniqueId');
    expect(checkLedger([a, use('2021-04-01', 11)], POLICY)?.invariant).toBe('usedWithinIssued');
    expect(checkLedger([a, { ...use('2021-04-01', 1), areaM2: muToM2(-1) }], POLICY)?.invariant).toBe('positiveArea');
    expect(checkLedger([a, use('2021-04-01', 10)], POLICY)).toBeNull();
  });

  it('reports the first violation of a ledger from an older file, at the event and date that broke it', () => {
    // Written before returns and surplus were checked together: 200 亩 disposed of from 150 亩 reclaimed.
    const old = [issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), giveBack('2025-06-01', 100), confirm('2025-06-10', 100), trade('2025-07-01', 100)];
    expect(checkLedger(old, POLICY)).toMatchObject({
      invariant: 'returnedPlusSurplusWithinAccepted',
      eventId: old[4]!.id,
      field: 'areaM2',
      date: '2025-06-10',
      message: expect.stringContaining('共 200.00 亩，超过已验收复垦面积 150.00 亩'),
    });
  });

  it('reports surplus confirmed before the return at the confirmation, whichever order the two of one date are stored in', () => {
    const stored = [issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), confirm('2025-06-01', 50), giveBack('2025-06-10', 50)];
    expect(checkLedger(stored, POLICY)).toMatchObject({ invariant: 'surplusAfterReturn', eventId: stored[3]!.id, field: 'date', date: '2025-06-01' });
    const sameDay = [...stored.slice(0, 3), { ...stored[3]!, date: '2025-06-10' }, stored[4]!];
    expect(checkLedger(sameDay, POLICY)).toBeNull();
  });

  it('reports a malformed stored event instead of throwing', () => {
    const broken = { ...issue('2021-03-01', 10), kind: 'somethingElse' } as unknown as Parameters<typeof checkLedger>[0][number];
    expect(checkLedger([broken], POLICY)).toMatchObject({ invariant: 'wellFormed', eventId: broken.id });
  });
});
