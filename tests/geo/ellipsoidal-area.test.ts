import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import { area as turfArea } from '@turf/turf';
import type { AreaGeometry } from '../../src/domain/geometry';
import { CGCS2000 } from '../../src/geo/cgcs2000';
import { fromLonLatConverter, toLonLatConverter } from '../../src/geo/crs';
import { ellipsoidalArea, ringAreaLonLat } from '../../src/geo/ellipsoidal-area';
import { planarArea } from '../../src/geo/planar-area';

const DATA = new URL('../fixtures/', import.meta.url);

interface Reference { id: number; name: string; planar: number; ellipsoidal: number }

function readReferences(): Reference[] {
  const lines = readFileSync(new URL('gk117_reference_areas.csv', DATA), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const cells = line.match(/("[^"]*"|[^,]+)/g)!;
    return { id: Number(cells[1]), name: cells[2]!.replaceAll('"', ''), planar: Number(cells[3]), ellipsoidal: Number(cells[4]) };
  });
}

const fixtures = JSON.parse(readFileSync(new URL('gk117_test_polygons.geojson', DATA), 'utf8')) as {
  features: { properties: { id: number }; geometry: AreaGeometry }[];
};
const EPSG_4548 = 4548;

/** Independent reference: GeographicLib's geodesic polygon area on the CGCS2000 ellipsoid. */
function geographicLibArea(geometry: AreaGeometry, srsId: number): number {
  const geod = new geographiclib.Geodesic.Geodesic(CGCS2000.a, CGCS2000.f);
  const toLonLat = toLonLatConverter(srsId);
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polys) {
    rings.forEach((ring, i) => {
      const p = geod.Polygon(false);
      for (const xy of ring.slice(0, -1)) {
        const [lon, lat] = toLonLat(xy);
        p.AddPoint(lat, lon);
      }
      const a = Math.abs(p.Compute(false, true).area ?? Number.NaN);
      total += i === 0 ? a : -a;
    });
  }
  return total;
}

describe('ellipsoidal area on CGCS2000', () => {
  const refs = readReferences();

  it.each(refs)('matches the stored reference for polygon $id ($name) within max(1e-7·A, 0.001 m²)', (ref) => {
    const feature = fixtures.features.find((f) => f.properties.id === ref.id)!;
    const area = ellipsoidalArea(feature.geometry, EPSG_4548);
    expect(Math.abs(area - ref.ellipsoidal)).toBeLessThanOrEqual(Math.max(1e-7 * ref.ellipsoidal, 0.001));
  });

  it.each(refs)('gives the planar Gauss-Krüger reference for polygon $id', (ref) => {
    const feature = fixtures.features.find((f) => f.properties.id === ref.id)!;
    expect(planarArea(feature.geometry, EPSG_4548)).toBeCloseTo(ref.planar, 3);
  });

  const cases = [
    { label: '34.5°N, 1.2° west of zone 39', lon: 115.8, lat: 34.5, srs: 4527 },
    { label: '38°N, 1.1° east of zone 40', lon: 121.1, lat: 38.0, srs: 4528 },
    { label: '38°N, 1.3° west of zone 41 without prefix', lon: 121.7, lat: 38.0, srs: 4550 },
  ];

  it.each(cases)('agrees with GeographicLib within 1e-6 at $label', ({ lon, lat, srs }) => {
    const from = fromLonLatConverter(srs);
    const [x0, y0] = from([lon, lat]);
    // An irregular 24-vertex field of about 40 mu, and a 2 km × 15 m strip, built in the GK plane.
    const irregular = Array.from({ length: 24 }, (_, k) => {
      const t = (2 * Math.PI * k) / 24;
      const r = 90 + 25 * Math.sin(3 * t) + 10 * Math.cos(5 * t);
      return [x0 + r * Math.cos(t), y0 + r * Math.sin(t)];
    });
    const strip = [[x0, y0], [x0 + 15, y0], [x0 + 15, y0 + 2000], [x0, y0 + 2000]];
    for (const ring of [irregular, strip]) {
      const geometry: AreaGeometry = { type: 'Polygon', coordinates: [[...ring, ring[0]!] as [number, number][]] };
      const ours = ellipsoidalArea(geometry, srs);
      const reference = geographicLibArea(geometry, srs);
      expect(Math.abs(ours - reference) / reference).toBeLessThanOrEqual(1e-6);
      // turf's sphere is off by hundreds of ppm here, so the fixture would catch a spherical formula.
      const lonLat = { type: 'Polygon' as const, coordinates: geometry.coordinates.map((r) => r.map((p) => toLonLatConverter(srs)(p))) };
      expect(Math.abs(turfArea(lonLat) - reference) / reference).toBeGreaterThan(1e-4);
    }
  });

  it('reproduces the 0.1° graticule cell of domain.md E.2', () => {
    const cell = [[117, 34.5], [117.1, 34.5], [117.1, 34.6], [117, 34.6], [117, 34.5]];
    expect(ringAreaLonLat(cell, 'graticule')).toBeCloseTo(101_819_380.07, 1);
  });

  it('gives the 0.01° cell of domain.md E.2 and half of it for its right triangle', () => {
    const triangle = [[117, 34.78], [117.01, 34.78], [117.01, 34.79], [117, 34.78]];
    expect(ringAreaLonLat(triangle, 'graticule')).toBeCloseTo(1_015_362.1 / 2, 1);
    const rect = [[117, 34.78], [117.01, 34.78], [117.01, 34.79], [117, 34.79], [117, 34.78]];
    expect(ringAreaLonLat(rect, 'graticule')).toBeCloseTo(1_015_362.1, 1);
  });
});
