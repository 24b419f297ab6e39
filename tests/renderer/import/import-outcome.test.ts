import { describe, expect, it } from 'vitest';
import { ImportReportSchema, type ImportReport } from '../../../src/api/methods/import';
import { skippableBadRecords } from '../../../renderer/import/import-outcome';

const report = (over: Partial<ImportReport>): ImportReport =>
  ImportReportSchema.parse({
    committed: false, batchId: null, file: 'dk.shp', layer: 'dk', target: 'parcels', read: 10, imported: 0, replaced: 0, skipped: 0,
    problems: [], problemCount: 0, fromSrsId: 4527, toSrsId: 4527, encoding: 'gbk', swapped: false, totals: { ellipsoidM2: 0, registeredM2: 0 },
    ...over,
  });

const bad = (record: number) => ({ file: 'dk.shp', record, reason: 'code missing', fatal: false });

describe('the skip-bad-records offer', () => {
  it('counts every bad record of a refused import, including those beyond the listed ones', () => {
    expect(skippableBadRecords(report({ problems: [bad(3), bad(7)], problemCount: 250 }))).toBe(250);
  });

  it('is not made when a fatal problem refused the import', () => {
    const fatal = { file: 'dk.shp', record: null, reason: 'unknown CRS', fatal: true };
    expect(skippableBadRecords(report({ problems: [bad(3), fatal], problemCount: 2 }))).toBeNull();
  });

  it('is not made once the import went through', () => {
    expect(skippableBadRecords(report({ committed: true, batchId: 4, imported: 8, skipped: 2, problems: [bad(1), bad(2)], problemCount: 2 }))).toBeNull();
  });
});
