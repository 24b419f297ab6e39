import { CHECK_RULE_IDS, type CheckReport, type CheckRuleId, type ReportedProblem, type Severity } from '../../src/domain/check-report';
import type { LonLatBBox } from '../../src/domain/geometry';
import { roundHalfUp } from '../../src/domain/units';

export interface RuleGroup {
  rule: CheckRuleId;
  /** The worst severity among the rule's problems; null when the rule found nothing. */
  severity: Severity | null;
  count: number;
  problems: ReportedProblem[];
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const rank = (s: Severity | null) => (s === null ? SEVERITY_ORDER.length : SEVERITY_ORDER.indexOf(s));

/**
 * One group per rule that ran, errors first, then warnings, then clean rules; within a severity in the
 * catalogue order. `count` is the core's tally, which the problem list may not reach if it was capped.
 */
export function groupByRule(report: CheckReport): RuleGroup[] {
  const groups = report.rules.map((rule): RuleGroup => {
    const problems = report.problems.filter((p) => p.rule === rule);
    const severity = problems.reduce<Severity | null>((worst, p) => (rank(p.severity) < rank(worst) ? p.severity : worst), null);
    return { rule, severity, count: report.byRule[rule] ?? problems.length, problems };
  });
  return groups.sort((a, b) => rank(a.severity) - rank(b.severity) || CHECK_RULE_IDS.indexOf(a.rule) - CHECK_RULE_IDS.indexOf(b.rule));
}

/** What a problem's `measure` is, by rule: an area in m², a relative difference, or nothing. */
export type Measure = { kind: 'area'; m2: number } | { kind: 'ratio'; percent: string } | null;

export function problemMeasure(p: ReportedProblem): Measure {
  if (p.measure === null) return null;
  if (p.rule === 'overlap' || p.rule === 'gap' || p.rule === 'sliver' || p.rule === 'area-limit') return { kind: 'area', m2: p.measure };
  if (p.rule === 'area-mismatch') return { kind: 'ratio', percent: roundHalfUp(p.measure * 100, 1).toFixed(1) };
  return null;
}

/** Where the map goes for a problem; a point alone becomes an empty box; null when it has no place (no geometry). */
export function zoomTarget(p: ReportedProblem): { bbox: LonLatBBox; at: [number, number] } | null {
  const at = p.lonLat ?? (p.lonLatBBox ? ([(p.lonLatBBox[0] + p.lonLatBBox[2]) / 2, (p.lonLatBBox[1] + p.lonLatBBox[3]) / 2] as [number, number]) : null);
  if (!at) return null;
  return { bbox: p.lonLatBBox ?? [at[0], at[1], at[0], at[1]], at };
}
