import { z } from 'zod';
import { SeveritySchema, type Severity } from '../../contract/rule';
import type { LinkageFacts } from '../linkage-facts';

/**
 * A finding of the linkage rules: ZJ-xx of domain.md C.3 (ZJ-01b is LandLink's own geometric check)
 * and PB-xx of E.4. Parcel ids are the linkage parcels' string ids.
 */
export const LinkageFindingSchema = z.object({
  ruleId: z.string().regex(/^(ZJ|PB)-\d{2}[a-z]?$/),
  severity: SeveritySchema,
  /** Planner-facing sentence in Chinese naming the parcel, village or figure at fault. */
  message: z.string(),
  /** Dotted path into the facts (e.g. `constructionParcels.2.basicFarmlandOverlapM2`), for the form to highlight. */
  path: z.string().nullable(),
  parcelIds: z.array(z.string()),
});
export type LinkageFinding = z.infer<typeof LinkageFindingSchema>;

/** What a rule reports; a finding may carry its own severity where one check is graded (ZJ-02 errs below, warns at equality). */
export type LinkageRuleFinding = Omit<LinkageFinding, 'ruleId' | 'severity'> & { severity?: Severity };

/**
 * One check with its legal basis. `F` is what it reads: the project facts for the linkage rules, or a
 * plain parcel list for the basic-farmland rules that other features reuse (PB-01, PB-02).
 */
export interface LandRule<F> {
  id: `ZJ-${string}` | `PB-${string}`;
  severity: Severity;
  /** i18n key of the rule's short title, e.g. `rule.ZJ-02.title`. */
  titleKey: string;
  /** The legal basis as printed; unverified articles say so. */
  basis: string;
  check(facts: F): LinkageRuleFinding[];
}

export type LinkageRule = LandRule<LinkageFacts>;

/** Findings of one rule with its id and default severity filled in. */
export const findingsOf = <F>(rule: LandRule<F>, facts: F): LinkageFinding[] =>
  rule.check(facts).map(({ severity, ...finding }) => ({ ruleId: rule.id, severity: severity ?? rule.severity, ...finding }));
