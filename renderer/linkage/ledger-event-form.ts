import { tradeAmountYuan, type QuotaEvent, type QuotaEventKind } from '../../src/domain/linkage/quota-ledger';
import { muToM2 } from '../../src/domain/units';

/**
 * The quota-event form: what the planner types (areas in 亩, as text) and the event it becomes (areas
 * in m², converted exactly with muToM2). Whether the event may join the ledger is the core's decision;
 * here only blanks and non-numbers are caught, so the core's refusal names the broken invariant.
 */

export const EVENT_KINDS: readonly QuotaEventKind[] = [
  'issueRevolving',
  'useForConstruction',
  'reclamationAccepted',
  'returnRevolving',
  'confirmSurplus',
  'tradeSurplus',
  'useSurplusLocally',
];

export type EventField =
  | 'id' | 'date' | 'note' | 'areaMu' | 'docNo' | 'parcelRefs' | 'cultivatedMu' | 'gradeBefore' | 'gradeAfter'
  | 'acceptDocNo' | 'authority' | 'buyer' | 'scope' | 'priceYuanPerMu' | 'paymentStatus' | 'paidYuan' | 'purpose';

export type EventForm = Record<EventField, string>;

/** The fields each kind asks for after id, date and area; optional ones may stay blank. */
export const KIND_FIELDS: Record<QuotaEventKind, readonly EventField[]> = {
  issueRevolving: ['docNo'],
  useForConstruction: ['parcelRefs'],
  reclamationAccepted: ['cultivatedMu', 'gradeBefore', 'gradeAfter', 'acceptDocNo', 'authority'],
  returnRevolving: [],
  confirmSurplus: [],
  tradeSurplus: ['buyer', 'scope', 'priceYuanPerMu', 'paymentStatus', 'paidYuan'],
  useSurplusLocally: ['purpose'],
};
const OPTIONAL: ReadonlySet<EventField> = new Set(['note', 'gradeBefore', 'gradeAfter']);

export const emptyEventForm = (date: string): EventForm => ({
  id: '', date, note: '', areaMu: '', docNo: '', parcelRefs: '', cultivatedMu: '', gradeBefore: '', gradeAfter: '',
  acceptDocNo: '', authority: '', buyer: '', scope: 'county', priceYuanPerMu: '', paymentStatus: 'unpaid', paidYuan: '', purpose: '',
});

/** The next free id in the house style ZJ<year>-NN, numbered within the event's year. */
export function nextEventId(events: readonly Pick<QuotaEvent, 'id'>[], date: string): string {
  const prefix = `ZJ${date.slice(0, 4)}-`;
  const taken = events.map((e) => e.id).filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)));
  const next = Math.max(0, ...taken.filter(Number.isInteger)) + 1;
  return `${prefix}${String(next).padStart(2, '0')}`;
}

/** Fields a paid or unpaid trade fills itself: only a partial payment asks for the amount paid. */
export const fieldsOf = (kind: QuotaEventKind, form: Pick<EventForm, 'paymentStatus'>): EventField[] =>
  KIND_FIELDS[kind].filter((f) => f !== 'paidYuan' || form.paymentStatus === 'partial');

export type EventDraft = { ok: true; event: QuotaEvent } | { ok: false; missing: EventField[] };

const num = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The event the form describes, or the fields still blank or not numbers. */
export function eventFromForm(kind: QuotaEventKind, form: EventForm): EventDraft {
  const needed: EventField[] = ['id', 'date', 'areaMu', ...fieldsOf(kind, form)];
  const numeric = new Set<EventField>(['areaMu', 'cultivatedMu', 'gradeBefore', 'gradeAfter', 'priceYuanPerMu', 'paidYuan']);
  const missing = needed.filter((f) => {
    const text = form[f].trim();
    if (text === '') return !OPTIONAL.has(f);
    return numeric.has(f) && num(text) === null;
  });
  if (missing.length > 0) return { ok: false, missing };

  const base = { id: form.id.trim(), date: form.date, note: form.note.trim(), areaM2: muToM2(num(form.areaMu)!) };
  switch (kind) {
    case 'issueRevolving':
      return { ok: true, event: { ...base, kind, docNo: form.docNo.trim() } };
    case 'useForConstruction':
      return { ok: true, event: { ...base, kind, parcelRefs: splitList(form.parcelRefs) } };
    case 'reclamationAccepted':
      return {
        ok: true,
        event: {
          ...base,
          kind,
          cultivatedM2: muToM2(num(form.cultivatedMu)!),
          ...(num(form.gradeBefore) === null ? {} : { gradeBefore: num(form.gradeBefore)! }),
          ...(num(form.gradeAfter) === null ? {} : { gradeAfter: num(form.gradeAfter)! }),
          acceptDocNo: form.acceptDocNo.trim(),
          authority: form.authority.trim(),
        },
      };
    case 'returnRevolving':
    case 'confirmSurplus':
      return { ok: true, event: { ...base, kind } };
    case 'tradeSurplus': {
      const priceYuanPerMu = num(form.priceYuanPerMu)!;
      const paymentStatus = form.paymentStatus as 'unpaid' | 'partial' | 'paid';
      const amount = tradeAmountYuan({ areaM2: base.areaM2, priceYuanPerMu });
      const paidYuan = paymentStatus === 'paid' ? amount : paymentStatus === 'unpaid' ? 0 : num(form.paidYuan)!;
      const scope = form.scope as 'county' | 'province' | 'crossProvince';
      return { ok: true, event: { ...base, kind, buyer: form.buyer.trim(), scope, priceYuanPerMu, paymentStatus, paidYuan } };
    }
    case 'useSurplusLocally':
      return { ok: true, event: { ...base, kind, purpose: form.purpose.trim() } };
  }
}

/** "JX-01, JX-02、JX-03" → ["JX-01", "JX-02", "JX-03"]: planners separate with commas of either width. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\s\u3001\uff0c\uff1b]+/)
    .map((s) => s.trim())
    .filter(Boolean);
