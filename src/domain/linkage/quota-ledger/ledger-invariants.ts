import { z } from 'zod';

/**
 * What a quota ledger must keep. The first group looks at one event alone (`event-checks.ts`); the
 * balance invariants (`balance-checks.ts`) hold per project at the end of every date, on the sums of
 * all events dated on or before it:
 *
 * 1. used ≤ issued; returned ≤ issued;
 * 2. returned + surplus confirmed ≤ reclaimed area accepted — revolving quota is repaid out of the
 *    accepted reclaimed land, and only what is left over is surplus;
 * 3. once any surplus is confirmed, returned ≥ used — surplus is confirmed only after the revolving
 *    quota used in the project has been returned, and it must stay so for every later date;
 * 4. traded + used locally ≤ surplus confirmed;
 * 5. cultivated land accepted ≥ returned + surplus confirmed — 耕地数量不减少: every 亩 returned or
 *    confirmed as surplus stands for 亩 of accepted cultivated land.
 *
 * Three checks of the earlier ledger are implied and so no longer separate invariants:
 * - surplus ≤ accepted − used: with surplus > 0, (3) gives returned ≥ used, and (2) gives
 *   surplus ≤ accepted − returned ≤ accepted − used; with no surplus it holds trivially. The converse
 *   fails, which was the defect: that bound let the same reclaimed land be counted once as returned
 *   quota and again as surplus;
 * - returned ≤ cultivated accepted follows from (5);
 * - no surplus before acceptance: confirming needs accepted land by (2), disposing needs confirmed
 *   surplus by (4).
 */
export const LedgerInvariantIdSchema = z.enum([
  'wellFormed',
  'uniqueId',
  'dateOrder',
  'positiveArea',
  'cultivatedWithinReclaimed',
  'tradePrice',
  'tradeScope',
  'paymentConsistent',
  'usedWithinIssued',
  'returnedWithinIssued',
  'returnedPlusSurplusWithinAccepted',
  'surplusAfterReturn',
  'disposedWithinSurplus',
  'cultivatedCoversReturnedPlusSurplus',
]);
export type LedgerInvariantId = z.infer<typeof LedgerInvariantIdSchema>;

export const LedgerViolationSchema = z.object({
  invariant: LedgerInvariantIdSchema,
  /** The event refused (for applyEvent) or found at fault (for checkLedger). */
  eventId: z.string(),
  /** The event field to correct, for the form to highlight, or null when the figures as a whole conflict. */
  field: z.string().nullable(),
  /** The date whose closing balance breaks the invariant, or the event's own date for a check of one event. */
  date: z.string(),
  /** Planner-facing Chinese sentence naming the event, the date and the figures in 亩. */
  message: z.string(),
});
export type LedgerViolation = z.infer<typeof LedgerViolationSchema>;

/**
 * Float64 sums of m² carry binary noise of about 1e-12 relative; a micro-m² allowance keeps "confirm all
 * that is left" from failing on it while staying far below the 0.01 m² that surveys record.
 */
export const AREA_TOLERANCE_M2 = 1e-6;
export const atMost = (a: number, b: number): boolean => a <= b + AREA_TOLERANCE_M2;

/**
 * How a refusal names its invariant in the core's message, e.g. `台账规则 surplusAfterReturn`: a stable
 * id the command line prints and the ledger screen reads back to show the rule's translated name.
 */
export const ledgerRuleTag = (id: LedgerInvariantId): string => `台账规则 ${id}`;

/** The invariant a message names with `ledgerRuleTag`, or null. */
export function ledgerRuleIn(message: string): LedgerInvariantId | null {
  const found = /台账规则 ([A-Za-z]+)/.exec(message)?.[1];
  const parsed = LedgerInvariantIdSchema.safeParse(found);
  return parsed.success ? parsed.data : null;
}
