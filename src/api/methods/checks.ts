import { z } from 'zod';
import { CHECK_RULE_IDS, CheckRuleIdSchema, CheckTolerancesSchema, SeveritySchema } from '../../domain/check-report';
import { Empty } from '../schemas';
import { JobStartedSchema } from './jobs';

export const CheckRuleInfoSchema = z.object({
  id: CheckRuleIdSchema,
  severity: SeveritySchema,
  /** i18n key; the renderer catalogues hold the Chinese and English text. */
  descriptionKey: z.string(),
  /** The standard the rule enforces. */
  basis: z.string(),
});

/**
 * Data checks (数据检查). `checks.run` starts a job; its result (jobs.get) is a CheckReport
 * (domain/check-report.ts) with every problem placed in lon/lat for the map.
 */
export const checkMethods = {
  'checks.run': {
    input: z
      .object({
        rules: z.array(CheckRuleIdSchema).min(1).max(CHECK_RULE_IDS.length).optional(),
        tolerances: CheckTolerancesSchema.partial().strict().optional(),
      })
      .strict(),
    output: JobStartedSchema,
  },
  'checks.rules': { input: Empty, output: z.array(CheckRuleInfoSchema) },
} as const;
