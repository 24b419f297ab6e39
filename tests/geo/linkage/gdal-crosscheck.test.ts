import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import { afterAll, describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/domain/geometry';
import { CGCS2000 } from '../../../src/geo/cgcs2000';
import { toLonLatConverter } from '../../../src/geo/crs';
import { overlapWithLayer } from '../../../src/geo/linkage/layer-overlay';
import { outsideArea, type Overlay } from '../../../src/geo/linkage/overlay';
import { pairwiseOverlaps } from '../../../src/geo/linkage/pairwise-overlaps';
import { rect, SRS } from './fixtures';

/**
 * Two independent measures of the overlay results: GeographicLib's geodesic area of the same vertices, and
 * GDAL (ogr2ogr to CGCS2000 lon/lat, then SpatiaLite's ST_Area on the ellipsoid) of a GeoJSON file we write.
 */

const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0 && spawnSync('ogr2ogr', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'landlink-linkage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function overlays(): Overlay[] {
  const overlaps = pairwiseOverlaps(
    [
      { id: 'a', geometry: rect(0, 0, 300, 200) },
      { id: 'b', geometry: rect(250, 120, 400, 300) },
      { id: 'c', geometry: rect(-100, 150, 120, 200) },
    ],
    SRS,
  );
  const layer = overlapWithLayer(rect(0, 0, 500, 500), [{ id: 'bf', geometry: rect(400, -50, 300, 700) }], SRS);
  const outside = outsideArea(rect(900, 0, 250, 250), rect(0, 0, 1000, 1000), SRS);
  return [...overlaps, layer, outside];
}

function geographicLibArea(geometry: AreaGeometry): number {
  const geod = new geographiclib.Geodesic.Geodesic(CGCS2000.a, CGCS2000.f);
  const toLonLat = toLonLatConverter(SRS);
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.reduce(
    (total, rings) =>
      total +
      rings.reduce((sum, ring, i) => {
        const p = geod.Polygon(false);
        for (const xy of ring.slice(0, -1)) {
          const [lon, lat] = toLonLat(xy);
          p.AddPoint(lat, lon);
        }
        const a = Math.abs(p.Compute(false, true).area ?? Number.NaN);
        return sum + (i === 0 ? a : -a);
      }, 0),
    0,
  );
}

function gdalAreas(geometries: AreaGeometry[]): number[] {
  const source = join(dir, 'overlays.geojson');
  const target = join(dir, 'overlays-4490.geojson');
  const features = geometries.map((geometry, id) => ({ type: 'Feature', properties: { id }, geometry }));
  writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-nln', 'measured', '-s_srs', `EPSG:${SRS}`, '-t_srs', 'EPSG:4490', target, source]);
  const sql = 'SELECT ST_Area(geometry, 1) AS ell FROM measured ORDER BY id';
  const out = execFileSync('ogrinfo', [target, '-q', '-dialect', 'SQLite', '-sql', sql], { encoding: 'utf8' });
  return [...out.matchAll(/ell \(Real\) = ([\d.e+-]+)/g)].map((m) => Number(m[1]));
}

describe('overlay areas measured independently', () => {
  it('agree with GeographicLib to 1e-7 of the area for overlaps, a layer overlay and an outside part', () => {
    for (const o of overlays()) expect(Math.abs(o.areaM2 - geographicLibArea(o.geometry!))).toBeLessThan(1e-7 * o.areaM2);
  });

  // SpatiaLite's ellipsoidal area is a series approximation good to a few ppm (1.5 ppm on the 100 × 500 m strip).
  it.skipIf(!hasGdal)('agree with GDAL and SpatiaLite to 3 ppm on a GeoJSON file GDAL reads', () => {
    const ours = overlays();
    const theirs = gdalAreas(ours.map((o) => o.geometry!));
    expect(theirs).toHaveLength(ours.length);
    ours.forEach((o, i) => expect(Math.abs(o.areaM2 - theirs[i]!)).toBeLessThan(3e-6 * o.areaM2));
  });
});
