import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectSource } from '../../../src/api/import/inspect';
import type { Inspection } from '../../../src/api/methods/import';
import { Project } from '../../../src/store/project';
import { canStart, mappingForTarget, mappingRows, withSource } from '../../../renderer/import/mapping-table';

const DATA = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let dir: string;
let inspection: Inspection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'landlink-mapping-'));
  for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) copyFileSync(join(DATA, `parcels_gbk_zone39.${ext}`), join(dir, `parcels.${ext}`));
  const project = Project.create(join(dir, 'p.gpkg'), { name: 'mapping', srsId: 4527, synthetic: false }, 'test');
  try {
    inspection = await inspectSource(project, join(dir, 'parcels.shp'), {}, 'parcels');
  } finally {
    project.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('field-mapping table state', () => {
  it('lists every parcel field with the guessed source field and its sample values', () => {
    const rows = mappingRows('parcels', inspection.mapping, inspection.fields);
    expect(rows.map((r) => r.field)).toEqual(['code', 'name', 'householdCode', 'contractCode', 'registeredArea', 'landClass', 'qualityGrade', 'villageName', 'townName', 'countyName']);
    const code = rows.find((r) => r.field === 'code')!;
    expect(code).toMatchObject({ source: 'DKBM', required: true, missing: false });
    expect(code.samples).toEqual(['371722001001', '371722001002']);
    expect(rows.find((r) => r.field === 'name')).toMatchObject({ source: '地块名称', samples: ['单县东城地块一', '鲁西南·复垦区（二）'] });
    expect(canStart(rows)).toBe(true);
  });

  it('blocks the import when the required code field is unmapped', () => {
    const mapping = withSource(inspection.mapping, 'code', null, inspection.fields);
    const rows = mappingRows('parcels', mapping, inspection.fields);
    expect(rows.find((r) => r.field === 'code')).toMatchObject({ source: null, missing: true, samples: [] });
    expect(canStart(rows)).toBe(false);
  });

  it('shows the samples of a newly chosen field and flags a field feeding two LandLink fields', () => {
    const mapping = withSource(inspection.mapping, 'registeredArea', 'MJ_MU', inspection.fields);
    const both = withSource(mapping, 'villageName', 'ZL', inspection.fields);
    const twice = withSource(both, 'townName', 'ZL', inspection.fields);
    const rows = mappingRows('parcels', twice, inspection.fields);
    expect(rows.find((r) => r.field === 'registeredArea')!.samples).toEqual(['1.5', '10']);
    expect(rows.filter((r) => r.shared).map((r) => r.field)).toEqual(['villageName', 'townName']);
    expect(rows.find((r) => r.field === 'code')!.shared).toBe(false);
  });

  it('refuses a source field the file does not have', () => {
    expect(() => withSource(inspection.mapping, 'code', 'NOPE', inspection.fields)).toThrow(/NOPE/);
  });

  it('sends only the fields the target takes, so farmland gets no parcel attributes', () => {
    const farmland = mappingForTarget('farmland', inspection.mapping);
    expect(Object.keys(farmland.fields)).toEqual(['code']);
    expect(mappingRows('farmland', farmland, inspection.fields).every((r) => !r.required)).toBe(true);
  });
});
