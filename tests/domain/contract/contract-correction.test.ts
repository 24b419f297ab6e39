import { describe, expect, it } from 'vitest';
import { correctionText, eventDateBounds, statusBefore, type ContractCorrection, type EventDates } from '../../../src/domain/contract/contract-correction';
import { contractHistory } from '../../../src/domain/contract/contract-history';

const dates = (d: Partial<EventDates>): EventDates => ({ numbered: null, filed: null, active: null, terminated: null, ...d });
const correction = (c: Partial<ContractCorrection>): ContractCorrection => ({
  id: 1,
  contractId: 4,
  kind: 'revoke_number',
  fromStatus: 'numbered',
  toStatus: 'draft',
  numberRevoked: '37172220251040001',
  event: 'numbered',
  eventDateBefore: '2025-01-05',
  eventDateAfter: null,
  on: '2025-01-08',
  reason: '编号时选错了村',
  actor: '李敏',
  at: '2025-01-08T02:00:00.000Z',
  ...c,
});

describe('what a correction returns a contract to', () => {
  it('takes each status back to the one before its event; a termination to what it ended', () => {
    expect(statusBefore('numbered', dates({}))).toBe('draft');
    expect(statusBefore('filed', dates({}))).toBe('numbered');
    expect(statusBefore('active', dates({}))).toBe('filed');
    expect(statusBefore('terminated', dates({ numbered: '2025-01-05', filed: '2025-01-10', active: '2025-01-12' }))).toBe('active');
    expect(statusBefore('terminated', dates({ numbered: '2025-01-05', filed: '2025-01-10' }))).toBe('filed');
    expect(statusBefore('terminated', dates({ numbered: '2025-01-05' }))).toBe('numbered');
    expect(statusBefore('draft', dates({}))).toBeNull();
  });

  it('keeps a corrected date between the events before and after it; a termination may follow any', () => {
    const d = dates({ numbered: '2025-01-05', filed: '2025-01-10', active: '2025-01-12', terminated: '2025-06-01' });
    expect(eventDateBounds('filed', d)).toEqual({ from: '2025-01-05', until: '2025-01-12' });
    expect(eventDateBounds('numbered', d)).toEqual({ from: null, until: '2025-01-10' });
    expect(eventDateBounds('terminated', d)).toEqual({ from: '2025-01-12', until: null });
    expect(eventDateBounds('active', dates({ numbered: '2025-01-05' }))).toEqual({ from: '2025-01-05', until: null });
  });

  it('says what was taken back, why and by whom', () => {
    expect(correctionText(correction({}))).toBe('撤销编号 37172220251040001（2025-01-05 编号），合同退回草稿（原因：编号时选错了村；经办：李敏）');
    expect(correctionText(correction({ kind: 'status', fromStatus: 'filed', toStatus: 'numbered', numberRevoked: null, event: 'filed', eventDateBefore: '2025-01-10' }))).toBe(
      '更正：撤回 2025-01-10 的备案，合同由已备案退回已编号（原因：编号时选错了村；经办：李敏）',
    );
    expect(correctionText(correction({ kind: 'date', fromStatus: 'filed', toStatus: 'filed', numberRevoked: null, event: 'filed', eventDateBefore: '2025-01-10', eventDateAfter: '2025-01-08' }))).toBe(
      '更正备案日期：2025-01-10 改为 2025-01-08（原因：编号时选错了村；经办：李敏）',
    );
  });
});

describe('a contract’s history', () => {
  it('keeps a revoked number visible before the correction and the renumbering, in date order', () => {
    const history = contractHistory('37172220251040002', dates({ numbered: '2025-01-08' }), [correction({})]);
    expect(history).toEqual([
      { kind: 'event', event: 'numbered', date: '2025-01-05', number: '37172220251040001', undone: true },
      { kind: 'correction', date: '2025-01-08', correction: correction({}) },
      { kind: 'event', event: 'numbered', date: '2025-01-08', number: '37172220251040002', undone: false },
    ]);
  });

  it('shows a re-dated event once, at its corrected date, after the correction that re-dated it', () => {
    const redated = correction({ kind: 'date', fromStatus: 'filed', toStatus: 'filed', numberRevoked: null, event: 'filed', eventDateBefore: '2025-01-10', eventDateAfter: '2025-01-08', on: '2025-01-20' });
    const history = contractHistory('N1', dates({ numbered: '2025-01-05', filed: '2025-01-08' }), [redated]);
    expect(history.map((e) => (e.kind === 'event' ? `${e.date} ${e.event}` : `${e.date} ${e.correction.kind}`))).toEqual(['2025-01-05 numbered', '2025-01-08 filed', '2025-01-20 date']);
  });
});
