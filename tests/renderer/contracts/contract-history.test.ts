import { describe, expect, it } from 'vitest';
import { contractHistory } from '../../../src/domain/contract/contract-history';
import type { ContractCorrection } from '../../../src/domain/contract/contract-correction';
import { lastEvent, standingEvents } from '../../../renderer/contracts/contract-history';

const revoked: ContractCorrection = {
  id: 1,
  contractId: 4,
  kind: 'revoke_number',
  fromStatus: 'numbered',
  toStatus: 'draft',
  numberRevoked: 'N0001',
  event: 'numbered',
  eventDateBefore: '2025-01-05',
  eventDateAfter: null,
  on: '2025-01-06',
  reason: '编号有误',
  actor: '李敏',
  at: '2025-01-06T02:00:00.000Z',
};
const none = { numbered: null, filed: null, active: null, terminated: null };

describe('the contract screen’s reading of the history', () => {
  it('offers no correction for a draft whose number was revoked: no event stands', () => {
    const history = contractHistory(null, none, [revoked]);
    expect(standingEvents(history)).toEqual({});
    expect(lastEvent(history)).toBeNull();
  });

  it('takes back the last standing event first: the termination of a contract in force, else the latest of its life', () => {
    expect(lastEvent(contractHistory('N0002', { ...none, numbered: '2025-01-07' }, [revoked]))).toBe('numbered');
    const dates = { numbered: '2025-01-07', filed: '2025-01-10', active: '2025-01-12', terminated: null };
    expect(lastEvent(contractHistory('N0002', dates, []))).toBe('active');
    expect(lastEvent(contractHistory('N0002', { ...dates, terminated: '2025-06-01' }, []))).toBe('terminated');
    expect(standingEvents(contractHistory('N0002', dates, [revoked]))).toEqual({ numbered: '2025-01-07', filed: '2025-01-10', active: '2025-01-12' });
  });
});
