import { describe, expect, it } from 'vitest';
import { CheckReportSchema, DEFAULT_CHECK_TOLERANCES, type ReportedProblem } from '../../../src/domain/check-report';
import { groupByRule, problemMeasure, zoomTarget } from '../../../renderer/checks/check-groups';

const problem = (over: Partial<ReportedProblem>): ReportedProblem => ({
  rule: 'overlap', severity: 'error', parcelIds: [1, 2], codes: ['3717220010010100001', '3717220010010100002'],
  at: [39500000, 3860000], bbox: [39499990, 3859990, 39500010, 3860010], measure: 12.5, message: '重叠 12.50 m²',
  lonLat: [117, 34.87], lonLatBBox: [116.9999, 34.8699, 117.0001, 34.8701],
  ...over,
});

const report = (problems: ReportedProblem[], byRule: Record<string, number>) =>
  CheckReportSchema.parse({
    checkedAt: '2025-01-01T00:00:00Z', parcels: 40, srsId: 4527,
    rules: ['overlap', 'gap', 'sliver', 'area-mismatch', 'code-format'],
    tolerances: { value: DEFAULT_CHECK_TOLERANCES, source: 'LandLink default', effectiveFrom: null, overridden: [] },
    byRule, problems,
  });

describe('check report grouping', () => {
  const r = report(
    [
      problem({ rule: 'gap', severity: 'warning', measure: 2 }),
      problem({}),
      problem({ rule: 'area-mismatch', severity: 'warning', measure: 0.0625 }),
      problem({ rule: 'overlap', measure: 3 }),
      problem({ rule: 'code-format', severity: 'error', measure: null, lonLat: null, lonLatBBox: null }),
    ],
    { overlap: 2, gap: 1, sliver: 0, 'area-mismatch': 1, 'code-format': 1 },
  );

  it('puts error rules first, then warnings, then clean rules, each in catalogue order', () => {
    expect(groupByRule(r).map((g) => [g.rule, g.severity, g.count])).toEqual([
      ['overlap', 'error', 2],
      ['code-format', 'error', 1],
      ['gap', 'warning', 1],
      ['area-mismatch', 'warning', 1],
      ['sliver', null, 0],
    ]);
  });

  it('keeps each rule’s problems in report order', () => {
    expect(groupByRule(r)[0]!.problems.map((p) => p.measure)).toEqual([12.5, 3]);
  });

  it('takes the count from the core’s tally when the problem list was capped', () => {
    const capped = report([problem({})], { overlap: 900, gap: 0, sliver: 0, 'area-mismatch': 0, 'code-format': 0 });
    expect(groupByRule(capped)[0]).toMatchObject({ rule: 'overlap', count: 900 });
  });

  it('reads measures as m² for areas and as a percentage for area mismatch', () => {
    expect(problemMeasure(problem({ rule: 'sliver', measure: 0.75 }))).toEqual({ kind: 'area', m2: 0.75 });
    expect(problemMeasure(problem({ rule: 'area-mismatch', measure: 0.0625 }))).toEqual({ kind: 'ratio', percent: '6.3' });
    expect(problemMeasure(problem({ rule: 'duplicate-code', measure: null }))).toBeNull();
  });

  it('zooms to the problem box and point, to a point alone as an empty box, and nowhere without geometry', () => {
    expect(zoomTarget(problem({}))).toEqual({ bbox: [116.9999, 34.8699, 117.0001, 34.8701], at: [117, 34.87] });
    expect(zoomTarget(problem({ lonLatBBox: null }))).toEqual({ bbox: [117, 34.87, 117, 34.87], at: [117, 34.87] });
    expect(zoomTarget(problem({ lonLat: null, lonLatBBox: [116, 34, 118, 36] }))).toEqual({ bbox: [116, 34, 118, 36], at: [117, 35] });
    expect(zoomTarget(problem({ lonLat: null, lonLatBBox: null }))).toBeNull();
  });
});
