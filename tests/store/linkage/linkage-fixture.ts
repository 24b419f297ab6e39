import type { AreaGeometry } from '../../../src/domain/geometry';
import { toLonLatConverter } from '../../../src/geo/crs';
import { createLinkageProject } from '../../../src/store/linkage/linkage-projects-repo';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { rect, smallData, tempFile } from '../fixtures';

/** The small project of ../fixtures plus two homesteads east of the fields, and one linkage project. */
export const X0 = 39402000;
export const Y0 = 3860000;
export const GROUP = '37172210400101';
export const VILLAGE = '371722104001';

const toLonLat = toLonLatConverter(4527);

/** A rectangle in EPSG:4527 given in lon/lat, as the API receives geometry. */
export function lonLatRect(x: number, y: number, w: number, h: number): AreaGeometry {
  return { type: 'Polygon', coordinates: rect(x, y, w, h).map((ring) => ring.map((p) => toLonLat(p))) };
}

export function linkageFixture() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  const data = smallData();
  data.homesteads = [
    { code: `${VILLAGE}ZJD0001`, householdCode: data.households[0]!.code, groupCode: GROUP, registeredAreaM2: 300, geometry: { type: 'Polygon', coordinates: rect(X0 + 100, Y0, 20, 15) } },
    { code: `${VILLAGE}ZJD0002`, householdCode: null, groupCode: GROUP, registeredAreaM2: null, geometry: { type: 'Polygon', coordinates: rect(X0 + 120, Y0, 20, 15) } },
  ];
  writeProjectData(project, data, 'tester');
  const linkage = createLinkageProject(
    project,
    { code: 'GG-2025-01', name: '王桥村挂钩项目', countyCode: '371722', townships: ['谢集镇'], approvalDoc: null, startDate: '2025-01-01', deadline: '2027-12-31', status: 'planning', villageCodes: [VILLAGE] },
    'tester',
  );
  const homesteadIds = (project.db.prepare(`SELECT fid FROM homesteads ORDER BY code`).all() as { fid: number }[]).map((r) => r.fid);
  return { file, project, linkage, homesteadIds, householdId: (project.db.prepare(`SELECT id FROM households`).get() as { id: number }).id };
}
