import { describe, expect, it } from 'vitest';
import { applyEvent, QuotaEventSchema, tradeAmountYuan } from '../../../src/domain/linkage/quota-ledger';
import { m2ToMu, muToM2 } from '../../../src/domain/units';
import { emptyEventForm, EVENT_KINDS, eventFromForm, fieldsOf, nextEventId, splitList } from '../../../renderer/linkage/ledger-event-form';
import { formatHa, formatShare } from '../../../renderer/linkage/ledger-figures';

const form = (patch: Partial<ReturnType<typeof emptyEventForm>>) => ({ ...emptyEventForm('2025-10-20'), id: 'ZJ2025-01', ...patch });

describe('the quota event form', () => {
  it('numbers new events within the year of their date, after the highest number used', () => {
    const events = [{ id: 'ZJ2024-01' }, { id: 'ZJ2024-02' }, { id: 'ZJ2025-01' }, { id: 'other' }];
    expect(nextEventId(events, '2024-12-31')).toBe('ZJ2024-03');
    expect(nextEventId(events, '2025-01-02')).toBe('ZJ2025-02');
    expect(nextEventId([], '2026-01-15')).toBe('ZJ2026-01');
  });

  it('turns a reclamation acceptance typed in 亩 into exact m² with grades and documents', () => {
    const draft = eventFromForm('reclamationAccepted', form({ areaMu: '12.34', cultivatedMu: '11.5', gradeBefore: '7', gradeAfter: '6', acceptDocNo: '验字1号', authority: '市局' }));
    expect(draft).toEqual({
      ok: true,
      event: {
        id: 'ZJ2025-01', date: '2025-10-20', note: '', kind: 'reclamationAccepted', areaM2: muToM2(12.34), cultivatedM2: muToM2(11.5),
        gradeBefore: 7, gradeAfter: 6, acceptDocNo: '验字1号', authority: '市局',
      },
    });
    if (draft.ok) expect(m2ToMu(draft.event.areaM2)).toBeCloseTo(12.34, 12);
  });

  it('leaves out blank optional grades and names the required fields still blank or not numbers', () => {
    const ok = eventFromForm('reclamationAccepted', form({ areaMu: '2', cultivatedMu: '2', acceptDocNo: 'x', authority: 'y' }));
    expect(ok.ok && 'gradeBefore' in ok.event).toBe(false);
    expect(eventFromForm('reclamationAccepted', form({ areaMu: 'abc', cultivatedMu: '' }))).toEqual({ ok: false, missing: ['areaMu', 'cultivatedMu', 'acceptDocNo', 'authority'] });
  });

  it('fills the paid amount of a trade from its status and asks for it only when partly paid', () => {
    const base = form({ areaMu: '10', buyer: '开发区', priceYuanPerMu: '250000', scope: 'county' });
    expect(fieldsOf('tradeSurplus', { paymentStatus: 'paid' })).not.toContain('paidYuan');
    expect(fieldsOf('tradeSurplus', { paymentStatus: 'partial' })).toContain('paidYuan');
    const paid = eventFromForm('tradeSurplus', { ...base, paymentStatus: 'paid' });
    expect(paid.ok && paid.event.kind === 'tradeSurplus' && paid.event.paidYuan).toBe(tradeAmountYuan({ areaM2: muToM2(10), priceYuanPerMu: 250000 }));
    const unpaid = eventFromForm('tradeSurplus', { ...base, paymentStatus: 'unpaid' });
    expect(unpaid.ok && unpaid.event.kind === 'tradeSurplus' && unpaid.event.paidYuan).toBe(0);
    expect(eventFromForm('tradeSurplus', { ...base, paymentStatus: 'partial' })).toEqual({ ok: false, missing: ['paidYuan'] });
  });

  it('builds every kind into an event the ledger accepts on shape, splitting parcel lists on either comma', () => {
    const filled = form({ areaMu: '1', docNo: 'd', parcelRefs: 'JX-01，JX-02、JX-03', cultivatedMu: '1', acceptDocNo: 'a', authority: 'b', buyer: 'c', priceYuanPerMu: '1000', purpose: 'p' });
    for (const kind of EVENT_KINDS) {
      const draft = eventFromForm(kind, filled);
      expect(draft.ok, kind).toBe(true);
      if (draft.ok) expect(QuotaEventSchema.parse(draft.event).kind).toBe(kind);
    }
    expect(splitList(' JX-01，JX-02、JX-03 ,')).toEqual(['JX-01', 'JX-02', 'JX-03']);
    // An issue built by the form passes the core's own event check.
    const issue = eventFromForm('issueRevolving', filled);
    if (!issue.ok) throw new Error('expected an event');
    expect(applyEvent([], issue.event, { tradeScopes: [] }).ok).toBe(true);
  });
});

describe('figures on display', () => {
  it('rounds hectares to 4 and shares to 2 decimals half-up', () => {
    expect(formatHa(12345.675)).toBe('1.2346');
    expect(formatShare(0.96)).toBe('96.00%');
    expect(formatShare(2 / 3)).toBe('66.67%');
  });
});
