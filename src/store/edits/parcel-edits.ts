import type { AmendmentRequest } from '../../domain/contract/contract-amendment';
import type { AreaGeometry } from '../../domain/geometry';
import type { LandClassCode } from '../../domain/land-class';
import { cutHole } from '../../geo/edit/cut-hole';
import { EditRefused, requireValid } from '../../geo/edit/edit-refused';
import { getParcel, type ParcelRecord } from '../parcels-repo';
import type { Project } from '../project';
import { commitEdit } from './edit-log';
import { requireEditAllowed } from './encumbrances';
import { allocateCodes, loadParcel, officialArea, requireCoverage, requirePlausibleArea, snapToParcels } from './edit-context';

/** Drawing a new parcel, replacing a parcel's outline, cutting a hole: geometry in the project CRS. */

export interface EditedParcel {
  editId: number;
  parcel: ParcelRecord;
}

export interface NewParcelInput {
  geometry: AreaGeometry;
  code?: string;
  name: string;
  landClass: LandClassCode;
  groupCode?: string;
}

export function createParcel(project: Project, input: NewParcelInput, actor: string): EditedParcel {
  const geometry = snapToParcels(project, input.geometry, []);
  requireValid(geometry, 'the new parcel');
  requirePlausibleArea(project, geometry, input.code ? `新地块 ${input.code} ` : '新地块');
  const groupCode = input.groupCode ?? (input.code && /^\d{19}$/.test(input.code) ? input.code.slice(0, 14) : null);
  if (groupCode && !project.db.prepare(`SELECT 1 FROM village_groups WHERE code = ?`).get(groupCode)) {
    throw new EditRefused(`村民小组 ${groupCode} 不在本项目中，新地块无法归入该组`);
  }
  let code = input.code;
  if (!code) {
    if (!groupCode) throw new EditRefused('a new parcel needs a 地块代码 or a group (组代码) to number it in');
    [code] = allocateCodes(project.db, `${groupCode}00000`, 1);
  }
  const columns = { code, name: input.name, land_class: input.landClass, group_code: groupCode };
  const { editId, createdFids } = commitEdit(project, actor, {
    kind: 'create',
    removed: [],
    reshaped: [],
    created: [{ columns, geometry, parents: [] }],
    summary: { codes: [code] },
  });
  return { editId, parcel: getParcel(project, createdFids[0]!)! };
}

export function reshapeParcel(project: Project, id: number, drawn: AreaGeometry, actor: string, amendment: AmendmentRequest | null = null): EditedParcel {
  const { row } = loadParcel(project.db, id);
  requireEditAllowed(project, [id], project.today(), amendment, 'reshape');
  const geometry = snapToParcels(project, drawn, [id]);
  requireValid(geometry, `地块 ${row.code} as reshaped`);
  requirePlausibleArea(project, geometry, `地块 ${row.code} 修改后`);
  const { editId } = commitEdit(project, actor, {
    kind: 'reshape',
    removed: [],
    reshaped: [{ fid: id, geometry }],
    created: [],
    summary: { codes: [row.code] },
  }, amendment);
  return { editId, parcel: getParcel(project, id)! };
}

export function cutParcelHole(project: Project, id: number, ring: readonly (readonly number[])[], actor: string, amendment: AmendmentRequest | null = null): EditedParcel {
  const { row, geometry } = loadParcel(project.db, id);
  requireEditAllowed(project, [id], project.today(), amendment, 'hole');
  const { result, hole } = cutHole(geometry, ring);
  requireCoverage(project, geometry, [result, hole]);
  const { editId } = commitEdit(project, actor, {
    kind: 'hole',
    removed: [],
    reshaped: [{ fid: id, geometry: result }],
    created: [],
    summary: { codes: [row.code], holeM2: officialArea(project)(hole) },
  }, amendment);
  return { editId, parcel: getParcel(project, id)! };
}
