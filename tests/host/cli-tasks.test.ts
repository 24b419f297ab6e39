import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../store/fixtures';
import { landlink } from './run-landlink';

const SHP = fileURLToPath(new URL('../fixtures/parcels_gbk_zone39.shp', import.meta.url));
const run = landlink;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('landlink import, export and check', () => {
  it('imports the GBK Shapefile, reports CRS and encoding, and exports it as a Shapefile with a field dictionary', async () => {
    const file = tempFile();
    await run('new', file, '--srs', '4527');
    const imported = await run('import', file, SHP);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/imported 2 parcels/);
    expect(imported.err).toMatch(/EPSG:4527/);
    expect(imported.err).toMatch(/gbk/);
    const out = join(dirname(file), 'out', 'parcels.shp');
    const exported = await run('export', file, '--format', 'shp', '--out', out);
    expect(exported.code).toBe(0);
    for (const ext of ['.shp', '.shx', '.dbf', '.prj', '.cpg', '.fields.csv']) expect(existsSync(out.replace(/\.shp$/, ext)), ext).toBe(true);
    expect(readFileSync(out.replace(/\.shp$/, '.fields.csv'), 'utf8')).toMatch(/ellipsoid_area_m2/);
    expect((await run('export', file, '--format', 'shp', '--out', out)).code).toBe(2);
  });

  it('refuses a bad file in one line, exit code 2, leaving the project unchanged', async () => {
    const file = tempFile();
    await run('new', file);
    const bad = join(dirname(file), 'broken.geojson');
    writeFileSync(bad, '{"type": "FeatureCollection", "features": [');
    const before = hash(file);
    const r = await run('import', file, bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.geojson/);
    expect(hash(file)).toBe(before);
  });

  it('rejects an --crs that is not an EPSG code before opening anything', async () => {
    const r = await run('import', tempFile(), SHP, '--crs', 'zone39');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/crs/);
  });

  it('checks the demo project and prints the report as JSON', async () => {
    const file = tempFile();
    await run('demo', file);
    const r = await run('check', file, '--json');
    expect([0, 3]).toContain(r.code);
    const report = JSON.parse(r.out);
    expect(report.parcels).toBeGreaterThan(1000);
    expect(Array.isArray(report.problems)).toBe(true);
  });
});
