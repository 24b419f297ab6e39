import type { ProjectData } from '../../src/domain/project-data';

/**
 * A county-sized synthetic layer for benchmarks: `n` parcels of 20 vertices each (strips with
 * wavy long sides), tiled in EPSG:4527 around 115.9°E 34.8°N. Deterministic.
 */
export function countyParcels(n: number): ProjectData['parcels'] {
  const perRow = 400;
  const out: ProjectData['parcels'] = [];
  for (let i = 0; i < n; i++) {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const x = 39390000 + col * 25;
    const y = 3850000 + row * 120;
    const left: [number, number][] = [];
    const right: [number, number][] = [];
    for (let k = 0; k <= 9; k++) {
      const yy = y + (k * 110) / 9;
      const wave = Math.sin(k + i) * 0.8;
      left.push([x + wave, yy]);
      right.push([x + 22 + wave, yy]);
    }
    const ring = [...right.slice(0, 1), ...right.slice(1), ...left.reverse(), right[0]!];
    const group = `371722104${String(1 + (row % 20)).padStart(3, '0')}01`;
    out.push({
      code: `${group}${String(i % 100000).padStart(5, '0')}`.slice(0, 14) + String(i).padStart(5, '0'),
      name: `地块${i}`,
      householdCode: null,
      contractCode: null,
      groupCode: group,
      landClass: '0103',
      qualityGrade: 5,
      registeredAreaM2: 2420,
      geometry: { type: 'Polygon', coordinates: [ring.map(([a, b]) => [a, b] as [number, number])] },
    });
  }
  return out;
}

export function countyData(n: number): ProjectData {
  const villages = Array.from({ length: 20 }, (_, v) => {
    const code = `371722104${String(v + 1).padStart(3, '0')}`;
    return { code, name: `村${v + 1}`, townName: '谢集镇', countyName: '单县', secondRoundEnd: '2027-12-31', groups: [{ code: `${code}01`, name: '第一村民小组' }] };
  });
  return { srsId: 4527, villages, households: [], parcels: countyParcels(n), homesteads: [], farmland: [], linearFeatures: [] };
}
