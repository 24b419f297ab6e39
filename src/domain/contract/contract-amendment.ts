import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/calendar-date';
import { formatMu } from '../units';

/**
 * A recorded amendment (变更) of a contract in force: a parcel edit made under it, with the planner's
 * reason and date. The signed parcel table stays as signed; the amendment says which parcels replaced
 * which, and the contract's current parcels follow it.
 */

export const AmendmentKindSchema = z.enum(['split', 'merge', 'reshape', 'hole']);
export type AmendmentKind = z.infer<typeof AmendmentKindSchema>;

/** What an edit call carries to be made as an amendment of a contract in force. */
export const AmendmentRequestSchema = z
  .object({
    contractId: z.number().int().positive(),
    reason: z.string().trim().min(1),
    date: CalendarDateSchema,
  })
  .strict();
export type AmendmentRequest = z.infer<typeof AmendmentRequestSchema>;

const AmendedParcelSchema = z.object({ id: z.number().int(), code: z.string(), areaM2: z.number() });

export const AmendmentChangesSchema = z.object({
  /** The contract's parcels the edit removed or reshaped, at their areas before it. */
  from: z.array(AmendedParcelSchema),
  /** The parcels the contract holds instead, with the area it transfers of each (null = the whole parcel). */
  to: z.array(AmendedParcelSchema.extend({ leasedAreaM2: z.number().nullable() })),
});
export type AmendmentChanges = z.infer<typeof AmendmentChangesSchema>;

export const ContractAmendmentSchema = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  /** 第 N 号变更, counted per contract from 1. */
  no: z.number().int().positive(),
  editId: z.number().int(),
  kind: AmendmentKindSchema,
  amendedOn: CalendarDateSchema,
  reason: z.string(),
  changes: AmendmentChangesSchema,
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** The sentence the view and the print show, e.g. 地块 A 分割为 A1（0.50 亩）、A2（0.70 亩）. */
  text: z.string(),
});
export type ContractAmendment = z.infer<typeof ContractAmendmentSchema>;

const VERB: Record<AmendmentKind, string> = { split: '分割为', merge: '合并为', reshape: '调整边界为', hole: '扣除图斑后为' };

const listed = (parcels: readonly { code: string; areaM2: number }[]): string => parcels.map((p) => `${p.code}（${formatMu(p.areaM2)} 亩）`).join('、');

export function amendmentText(kind: AmendmentKind, changes: AmendmentChanges): string {
  return `地块 ${listed(changes.from)} ${VERB[kind]} ${listed(changes.to)}`;
}

/** A parcel before an edit, or one it made (`parents`: what it came from; itself for a reshape). */
export interface EditedParcel {
  id: number;
  code: string;
  areaM2: number;
}

/**
 * What an edit does to a contract holding the parcels `held` (fid → leased m², null = the whole parcel):
 * the held parcels it took away or reshaped, and the parcels it made from them. Each new parcel takes
 * from each held parent its share of the leased area by area (a split divides it, a merge adds it up);
 * one made only of whole held parcels stays whole.
 */
export function amendmentChanges(held: ReadonlyMap<number, number | null>, before: readonly EditedParcel[], after: readonly (EditedParcel & { parents: number[] })[]): AmendmentChanges {
  const areaBefore = new Map(before.map((p) => [p.id, p.areaM2]));
  const childrenArea = (parent: number) => after.filter((a) => a.parents.includes(parent)).reduce((s, a) => s + a.areaM2, 0);
  const to = after
    .filter((a) => a.parents.some((p) => held.has(p)))
    .map((a) => {
      const whole = a.parents.every((p) => held.has(p) && held.get(p) === null);
      const leased = a.parents
        .filter((p) => held.has(p))
        .reduce((s, p) => s + ((held.get(p) ?? areaBefore.get(p) ?? 0) * a.areaM2) / (childrenArea(p) || 1), 0);
      return { id: a.id, code: a.code, areaM2: a.areaM2, leasedAreaM2: whole ? null : leased };
    });
  return { from: before.filter((p) => held.has(p.id)), to };
}
