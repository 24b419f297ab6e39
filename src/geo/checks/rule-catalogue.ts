import type { CheckRuleId } from '../../domain/check-report';
import { areaLimitRule } from './area-limit';
import { areaMismatchRule } from './area-mismatch';
import { codeFormatRule } from './code-format';
import { coordinateRangeRule } from './coordinate-range';
import { duplicateCodeRule } from './duplicate-code';
import { gapRule } from './gap';
import { overlapRule } from './overlap';
import type { CheckRule } from './rule';
import { selfIntersectionRule } from './self-intersection';
import { sliverRule } from './sliver';

/** Every data-check rule, in the order of CHECK_RULE_IDS, which is the order the report lists them. */
export const CHECK_RULES: readonly CheckRule[] = [
  overlapRule,
  gapRule,
  sliverRule,
  selfIntersectionRule,
  areaMismatchRule,
  duplicateCodeRule,
  codeFormatRule,
  coordinateRangeRule,
  areaLimitRule,
];

export const checkRule = (id: CheckRuleId): CheckRule => CHECK_RULES.find((r) => r.id === id)!;
