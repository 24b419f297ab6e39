import type { ImportReport } from '../../src/api/methods/import';

/**
 * How many bad records a refused import could leave out, or null when skipping cannot help: the import
 * went through, or it was refused for a fatal problem (unreadable file, unknown CRS, nothing to import).
 */
export function skippableBadRecords(report: ImportReport): number | null {
  if (report.committed || report.problemCount === 0 || report.problems.some((p) => p.fatal)) return null;
  return report.problemCount;
}
