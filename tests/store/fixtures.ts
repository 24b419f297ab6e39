import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectData } from '../../src/domain/project-data';
import { idCheckChar } from '../../src/domain/identity';

export const tempFile = (name = 'project.gpkg') => join(mkdtempSync(join(tmpdir(), 'landlink-')), name);

const GROUP = '37172210400101';
const HOUSEHOLD = `${GROUP}0001`;
const id17 = '37172219650312001';

/** A rectangle in EPSG:4527 (zone 39 with prefix), about 1.1° west of the central meridian. */
export function rect(x: number, y: number, w: number, h: number): [number, number][][] {
  return [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]];
}

/** Two households' worth of small hand-made data: three parcels, one farmland patch over two of them. */
export function smallData(): ProjectData {
  const x0 = 39402000;
  const y0 = 3860000;
  return {
    srsId: 4527,
    villages: [
      { code: '371722104001', name: '王桥村', townName: '谢集镇', countyName: '单县', secondRoundEnd: '2027-12-31', groups: [{ code: GROUP, name: '第一村民小组' }] },
    ],
    households: [
      {
        code: HOUSEHOLD,
        contractCode: `${HOUSEHOLD}J`,
        headName: '王建国',
        villageCode: '371722104001',
        groupCode: GROUP,
        address: '山东省菏泽市单县谢集镇王桥村',
        phone: null,
        contractStart: '1998-10-01',
        contractEnd: '2027-12-31',
        members: [{ name: '王建国', idNumber: id17 + idCheckChar(id17), sex: 'male', relation: '户主', birthDate: '1965-03-12' }],
      },
    ],
    parcels: [0, 1, 2].map((i) => ({
      code: `${GROUP}${String(i + 1).padStart(5, '0')}`,
      name: `东大地${i + 1}`,
      householdCode: HOUSEHOLD,
      contractCode: `${HOUSEHOLD}J`,
      groupCode: GROUP,
      landClass: '0103' as const,
      qualityGrade: 5,
      registeredAreaM2: 2000,
      geometry: { type: 'Polygon' as const, coordinates: rect(x0 + i * 20, y0, 20, 100) },
    })),
    homesteads: [],
    farmland: [{ code: 'JBNT-001', geometry: { type: 'Polygon', coordinates: rect(x0, y0, 40, 100) } }],
    linearFeatures: [{ kind: 'road', name: '村道', landClass: '1006', geometry: { type: 'Polygon', coordinates: rect(x0, y0 - 6, 60, 6) } }],
  };
}
