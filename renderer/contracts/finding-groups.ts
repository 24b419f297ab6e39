import type { Finding, Severity } from '../../src/domain/contract/rule';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

/** Findings by severity, errors first, each group in rule order; empty groups are left out. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity).sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
  })).filter((g) => g.findings.length > 0);
}

/** A contract with an error cannot be numbered or printed as final (issue 4, Checks). */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
