import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../src/api/project-files';
import { toLonLatConverter } from '../../src/geo/crs';
import { writeShapefile } from '../../src/io/shapefile/write-shapefile';
import { ARTIFACTS, READY, clickMapAt, startE2e, type E2e } from './harness';

const SRS = 4527; // CGCS2000 3° zone 39, easting with zone prefix
const SIDE = 80; // metres

/** Three 80 m squares in a row plus one record without a parcel code, which the core refuses. */
const PARCELS = [
  { code: '3717220010010100001', x: 39_500_000, y: 3_860_000 },
  { code: '3717220010010100002', x: 39_500_100, y: 3_860_000 },
  { code: '3717220010010100003', x: 39_500_200, y: 3_860_000 },
  { code: '', x: 39_500_300, y: 3_860_000 },
];

let e2e: E2e;

function writeParcelsShapefile(shp: string): void {
  writeShapefile(shp, {
    name: 'parcels',
    srsId: SRS,
    fields: [
      { name: 'DKBM', type: 'string' },
      { name: 'DKMC', type: 'string' },
      { name: 'HTMJ', type: 'number' },
      { name: 'DLBM', type: 'string' },
    ],
    features: PARCELS.map((p, i) => ({
      geometry: {
        type: 'Polygon',
        coordinates: [[[p.x, p.y], [p.x + SIDE, p.y], [p.x + SIDE, p.y + SIDE], [p.x, p.y + SIDE], [p.x, p.y]]],
      },
      attrs: { DKBM: p.code, DKMC: `e2e-${i + 1}`, HTMJ: 9.6, DLBM: '0103' },
    })),
  });
}

/** Waits for a selector; on timeout the error carries what the dialogs and panels said instead. */
async function waitFor(selector: string, timeout = 30_000): Promise<void> {
  try {
    await e2e.page.waitForSelector(selector, { timeout });
  } catch (err) {
    const said = await e2e.page.evaluate(() => [...document.querySelectorAll('[role="dialog"], [data-testid="checks-panel"]')].map((e) => e.textContent).join('\n'));
    throw new Error(`${(err as Error).message}\n--- page said:\n${said}`);
  }
}

const onPath = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  e2e = await startE2e({
    label: 'import',
    project(dir) {
      const project = join(dir, 'empty.gpkg');
      createEmptyProject(project, { name: 'e2e import', srsId: SRS, synthetic: false }, 'e2e');
      writeParcelsShapefile(join(dir, 'dk.shp'));
      return project;
    },
    viewport: { width: 1280, height: 860 },
    consoleErrors: false,
  });
});

afterAll(() => e2e?.close());

describe('import, export and data checks in the browser host', () => {
  it('uploads a shapefile into an empty project, skips the bad record on request and shows the parcels on the map', async () => {
    const { page, host, api, dir } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    expect((await api('project.info', {})).counts.parcels).toBe(0);

    await page.click('[data-testid="toolbar-import"]');
    await page.setInputFiles(
      '[data-testid="import-files"]',
      ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => join(dir, `dk.${ext}`)),
    );
    await page.waitForSelector('[data-testid="upload-progress-bar"]');
    await page.waitForSelector('[data-testid="import-mapping"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="import-format"]')).toContain('Shapefile');
    expect(await page.inputValue('[data-testid="import-mapping-code"]')).toBe('DKBM');
    expect(await page.textContent('[data-testid="import-mapping-row-code"]')).toContain('3717220010010100001');
    expect(await page.textContent('[data-testid="import-crs"] option:checked')).toContain('EPSG:4527');
    await page.screenshot({ path: join(ARTIFACTS, 'import-mapping-zh.png') });

    // The one bad code refuses the whole import; nothing is written.
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="job-progress-bar"]');
    await waitFor('[data-testid="import-report"][data-committed="false"]');
    const problems = await page.textContent('[data-testid="import-report-problems"]');
    expect(problems).toContain('dk.shp');
    expect(problems).toContain('地块代码为空');
    expect((await api('project.info', {})).counts.parcels).toBe(0);

    await page.click('[data-testid="import-skip-bad"]');
    await waitFor('[data-testid="import-report"][data-committed="true"]');
    expect(await page.textContent('[data-testid="import-report-imported"]')).toBe('3');
    expect(await page.textContent('[data-testid="import-report-skipped"]')).toBe('1');
    // 3 × 80 m × 80 m = 19 200 m² planar; at the central meridian the ellipsoidal area is within 0.01 亩 of it.
    expect(await page.textContent('[data-testid="import-report-ellipsoid-mu"]')).toBe('28.80 亩');
    expect(await page.textContent('[data-testid="import-report-registered-mu"]')).toBe('28.80 亩');
    await page.screenshot({ path: join(ARTIFACTS, 'import-report-zh.png') });

    await page.click('[data-testid="import-close"]');
    await page.waitForSelector('[data-testid="map"][data-ready="true"][data-version="1"]', { timeout: 20_000 });
    expect((await api('project.info', {})).counts.parcels).toBe(3);

    // The map shows the parcels: clicking the middle of the second square selects it.
    const [lon, lat] = toLonLatConverter(SRS)([PARCELS[1]!.x + SIDE / 2, PARCELS[1]!.y + SIDE / 2]);
    await clickMapAt(page, { lon, lat }, 17);
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(PARCELS[1]!.code);
    await page.screenshot({ path: join(ARTIFACTS, 'import-map-zh.png') });
  });

  it('exports the imported parcels to a GeoPackage that GDAL reads', async () => {
    const { page, dir } = e2e;
    const out = join(dir, 'out', 'parcels.gpkg');
    mkdirSync(join(dir, 'out'));
    await page.click('[data-testid="toolbar-export"]');
    await page.fill('[data-testid="export-out"]', out);
    await page.click('[data-testid="export-run"]');
    await waitFor('[data-testid="export-files"]');
    expect(await page.textContent('[data-testid="export-files"]')).toContain(out);
    await page.screenshot({ path: join(ARTIFACTS, 'export-zh.png') });
    await page.click('[data-testid="export-close"]');
    if (!onPath('ogrinfo')) return;
    const info = execFileSync('ogrinfo', ['-so', '-al', out], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 3/);
  });

  it('runs the data checks and lists every rule with its count', async () => {
    const { page, pageErrors } = e2e;
    await page.click('[data-testid="toolbar-checks"]');
    await page.click('[data-testid="checks-run"]');
    await waitFor('[data-testid="checks-report"]');
    // Three clean squares side by side with 20 m between them: nothing overlaps, no code is malformed.
    expect(await page.textContent('[data-testid="check-count-overlap"]')).toBe('0');
    expect(await page.textContent('[data-testid="check-count-code-format"]')).toBe('0');
    await page.screenshot({ path: join(ARTIFACTS, 'checks-zh.png') });
    expect(pageErrors).toEqual([]);
  });
});
