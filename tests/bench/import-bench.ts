import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeShapefile } from '../../src/io/shapefile/write-shapefile';
import { countyParcels } from './synthetic-county';
import { report } from './report';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Imports a 100k-parcel GBK Shapefile in zone 39 into a new project through the real command line (a
 * child process, so its peak memory is its own) and compares with `ogr2ogr -f GPKG` on the same file.
 */
export function importBench(dir: string, n = 100_000): void {
  const shp = join(dir, `parcels-${n}.shp`);
  const parcels = countyParcels(n);
  writeShapefile(shp, {
    name: 'parcels',
    srsId: 4527,
    fields: [
      { name: 'DKBM', type: 'string' },
      { name: '地块名称', type: 'string' },
      { name: 'HTMJ', type: 'number' },
      { name: '承包方', type: 'string' },
    ],
    features: parcels.map((p, i) => ({
      geometry: p.geometry,
      attrs: { DKBM: p.code, '地块名称': p.name, HTMJ: 3.63, '承包方': `张${i % 1000}` },
    })),
  });
  const project = join(dir, 'import-bench.gpkg');
  for (const s of ['', '-wal', '-shm']) rmSync(project + s, { force: true });
  execFileSync(process.execPath, [join(ROOT, 'src/host/bin.mjs'), 'new', project, '--srs', '4527']);
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.mts'), project, shp], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
  const { ms, maxRssMb, imported } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; maxRssMb: number; imported: number };

  const gdalOut = join(dir, 'import-bench-ogr2ogr.gpkg');
  rmSync(gdalOut, { force: true });
  const t0 = performance.now();
  const gdal = spawnSync('ogr2ogr', ['-f', 'GPKG', gdalOut, shp], { encoding: 'utf8' });
  const gdalMs = performance.now() - t0;
  const rows: [string, string][] = [
    [`import ${imported} parcels from a GBK Shapefile (zone 39)`, `${(ms / 1000).toFixed(1)} s`],
    ['peak memory of the import process', `${maxRssMb.toFixed(0)} MB`],
  ];
  if (gdal.status === 0) {
    rows.push(['ogr2ogr -f GPKG on the same file', `${(gdalMs / 1000).toFixed(1)} s`]);
    rows.push(['ratio LandLink / ogr2ogr (target ≤ 3)', (ms / gdalMs).toFixed(2)]);
  } else rows.push(['ogr2ogr', 'not available']);
  report('import', rows);
}
