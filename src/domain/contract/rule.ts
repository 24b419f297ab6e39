import { z } from 'zod';
import type { ContractFacts } from './contract-facts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  ruleId: z.string().regex(/^LT-\d{2}$/),
  severity: SeveritySchema,
  /** Planner-facing sentence in Chinese naming the parcel, party or figure at fault. */
  message: z.string(),
  /** Dotted path of the draft field to fix (e.g. `endDate`, `parcels.2.areaM2`), for the form to highlight. */
  path: z.string().nullable(),
  parcelIds: z.array(z.number().int()),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * What a rule reports; a finding may carry its own severity where B.3 grades one check (LT-03 warns
 * past the second-round end and errs past the extended end). Without one it takes the rule's.
 */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

/** One legal check: LT-01 … LT-22, each in its own file under domain/contract/rules. */
export interface ContractRule {
  id: `LT-${string}`;
  severity: Severity;
  /** i18n key of the rule's short title, e.g. `rule.LT-02.title`. */
  titleKey: string;
  /** The legal basis as printed (e.g. 《农村土地承包法》第三十八条第三项). */
  basis: string;
  check(facts: ContractFacts): RuleFinding[];
}
