import type { CheckRuleId, CheckTolerances, Problem, Severity } from '../../domain/check-report';
import type { ParcelSet } from './parcel-set';

/** What a rule sees: the indexed parcels, the tolerances in force and a sink for its problems. */
export interface RuleContext {
  set: ParcelSet;
  tolerances: CheckTolerances;
  /** The dated area limit of a contracted parcel in 亩 (domain/area-limits). */
  maxParcelMu: number;
  report(problem: Problem): void;
}

/**
 * A rule yields how many parcels it has been through, every CHUNK parcels or so, so the caller can
 * publish progress and let a cancel through; the rules themselves stay pure and synchronous.
 */
export type RuleRun = Generator<number, void, void>;

export interface CheckRule {
  id: CheckRuleId;
  severity: Severity;
  /** i18n key of the rule's description in the renderer catalogues. */
  descriptionKey: string;
  /** The standard the rule enforces. */
  basis: string;
  run(ctx: RuleContext): RuleRun;
}

export const CHUNK = 2000;

/** The codes of parcels at the given positions, for messages. */
export const codesOf = (set: ParcelSet, positions: readonly number[]): string[] => positions.map((i) => set.parcels[i]!.code);

export const fmtM2 = (m2: number): string => `${m2.toFixed(2)} m²`;
