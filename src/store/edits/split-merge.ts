import type { AmendmentRequest } from '../../domain/contract/contract-amendment';
import type { AttributePolicy } from '../../domain/edit-policy';
import { splitRegisteredArea } from '../../domain/edit-policy';
import type { CoverageReport } from '../../geo/edit/coverage';
import { mergePolygons } from '../../geo/edit/merge';
import { splitByAreas } from '../../geo/edit/split-by-areas';
import { splitByLine } from '../../geo/edit/split-by-line';
import { getParcel, type ParcelRecord } from '../parcels-repo';
import type { Project } from '../project';
import { commitEdit } from './edit-log';
import { requireEditAllowed } from './encumbrances';
import { allocateCodes, loadParcel, officialArea, requireCoverage, requirePlausibleArea, type LoadedParcel } from './edit-context';
import { attributePolicyAt } from './edit-settings';

/** Splitting a parcel and merging parcels, with attributes carried over by the dated policy. */

export type SplitHow = { line: readonly (readonly number[])[] } | { areasM2: readonly number[]; bearingDeg?: number };

export interface SplitMergeResult {
  editId: number;
  removed: { id: number; code: string }[];
  parcels: ParcelRecord[];
  coverage: CoverageReport;
}

export function splitParcel(project: Project, id: number, how: SplitHow, actor: string, amendment: AmendmentRequest | null = null): SplitMergeResult {
  const parent = loadParcel(project.db, id);
  // What rests on the parcel is said before anything about the geometry; commitEdit checks it again in its transaction.
  requireEditAllowed(project, [id], project.today(), amendment, 'split');
  const areaOf = officialArea(project);
  const pieces = 'line' in how ? splitByLine(parent.geometry, how.line) : splitByAreas(parent.geometry, how.areasM2, { bearingDeg: how.bearingDeg }, areaOf);
  const coverage = requireCoverage(project, parent.geometry, pieces);
  const policy = attributePolicyAt(project.db, project.today()).value.split;
  const pieceAreas = pieces.map(areaOf);
  const registered = parent.row.registered_area_m2 as number | null;
  const shares = registered === null ? null : splitRegisteredArea(registered, pieceAreas);
  const codes = allocateCodes(project.db, parent.row.code as string, pieces.length);
  const created = pieces.map((geometry, i) => ({
    geometry,
    parents: [id],
    columns: {
      ...inherited(parent, policy),
      code: codes[i],
      registered_area_m2: policy.registeredArea === 'copy' ? registered : policy.registeredArea === 'clear' ? null : (shares?.[i] ?? null),
    },
  }));
  const { editId, createdFids } = commitEdit(project, actor, {
    kind: 'split',
    removed: [id],
    reshaped: [],
    created,
    summary: { parent: parent.row.code, codes, piecesM2: pieceAreas, originalM2: coverage.originalM2 },
  }, amendment);
  return { editId, removed: [{ id, code: parent.row.code as string }], parcels: createdFids.map((f) => getParcel(project, f)!), coverage };
}

export function mergeParcels(project: Project, ids: readonly number[], actor: string, amendment: AmendmentRequest | null = null): SplitMergeResult {
  const parents = [...new Set(ids)].map((id) => loadParcel(project.db, id));
  requireEditAllowed(project, ids, project.today(), amendment, 'merge');
  const merged = mergePolygons(parents.map((p) => p.geometry));
  const coverage = requireCoverage(project, merged, parents.map((p) => p.geometry));
  requirePlausibleArea(project, merged, `地块 ${parents.map((p) => p.row.code as string).join('、')} 合并后`);
  const policy = attributePolicyAt(project.db, project.today()).value.merge;
  const largest = parents.reduce((a, b) => ((b.row.ellipsoid_area_m2 as number) > (a.row.ellipsoid_area_m2 as number) ? b : a));
  const registeredOf = (p: LoadedParcel) => p.row.registered_area_m2 as number | null;
  const registered =
    policy.registeredArea === 'clear'
      ? null
      : policy.registeredArea === 'largest'
        ? registeredOf(largest)
        : parents.some((p) => registeredOf(p) !== null)
          ? parents.reduce((s, p) => s + (registeredOf(p) ?? 0), 0)
          : null;
  const [code] = allocateCodes(project.db, largest.row.code as string, 1);
  const carry = { household: fromMerge(policy.household), contractCode: fromMerge(policy.contractCode), qualityGrade: fromMerge(policy.qualityGrade) };
  const { editId, createdFids } = commitEdit(project, actor, {
    kind: 'merge',
    removed: parents.map((p) => p.fid),
    reshaped: [],
    created: [{ geometry: merged, parents: parents.map((p) => p.fid), columns: { ...inherited(largest, carry), code, registered_area_m2: registered } }],
    summary: { parents: parents.map((p) => p.row.code), codes: [code], mergedM2: coverage.originalM2 },
  }, amendment);
  return { editId, removed: parents.map((p) => ({ id: p.fid, code: p.row.code as string })), parcels: [getParcel(project, createdFids[0]!)!], coverage };
}

const fromMerge = (rule: 'largest' | 'clear'): 'copy' | 'clear' => (rule === 'largest' ? 'copy' : 'clear');

type CarryRules = Pick<AttributePolicy['split'], 'household' | 'contractCode' | 'qualityGrade'>;

/** Columns a new parcel takes from the one it comes from; name, land class and group always carry over. */
function inherited(from: LoadedParcel, rules: CarryRules): Record<string, unknown> {
  const r = from.row;
  const keep = <T>(rule: 'copy' | 'clear', v: T) => (rule === 'copy' ? v : null);
  return {
    name: r.name,
    land_class: r.land_class,
    group_code: r.group_code,
    household_id: keep(rules.household, r.household_id),
    contract_code: keep(rules.contractCode, r.contract_code),
    quality_grade: keep(rules.qualityGrade, r.quality_grade),
    attrs_json: r.attrs_json,
  };
}
