import {
  CHECK_RULE_IDS,
  CHECK_TOLERANCES_KEY,
  CheckTolerancesSchema,
  DEFAULT_CHECK_TOLERANCES,
  DEFAULT_CHECK_TOLERANCES_SOURCE,
  type CheckReport,
  type CheckRuleId,
  type CheckTolerances,
  type Problem,
  type ReportedProblem,
} from '../domain/check-report';
import type { LonLatBBox } from '../domain/geometry';
import { buildParcelSet, type CheckParcel } from '../geo/checks/parcel-set';
import { CHUNK } from '../geo/checks/rule';
import { checkRule } from '../geo/checks/rule-catalogue';
import { toLonLatConverter, type Converter } from '../geo/crs';
import { areaLimitAt } from './area-limits-repo';
import { decodeGeometry } from './gpkg/geometry-blob';
import type { Project } from './project';
import { settingAt } from './settings-repo';

export interface CheckOptions {
  /** Rules to run; all of them when absent. */
  rules?: CheckRuleId[];
  /** Values that replace the stored tolerances for this run only. */
  tolerances?: Partial<CheckTolerances>;
}

export interface CheckControl {
  progress(phase: string, done: number, total: number): void;
  /** Lets the UI poll and cancel; throws to stop the run. */
  checkpoint(): Promise<void>;
}

const quiet: CheckControl = { progress() {}, checkpoint: async () => {} };

/** The tolerances in force today, from the dated setting or LandLink's default, with the caller's overrides on top. */
function tolerancesInForce(project: Project, overrides: Partial<CheckTolerances>): CheckReport['tolerances'] {
  const stored = settingAt<Partial<CheckTolerances>>(project.db, CHECK_TOLERANCES_KEY, project.today());
  const value = CheckTolerancesSchema.parse({ ...DEFAULT_CHECK_TOLERANCES, ...stored?.value, ...overrides });
  return {
    value,
    source: stored?.source ?? DEFAULT_CHECK_TOLERANCES_SOURCE,
    effectiveFrom: stored?.effectiveFrom ?? null,
    overridden: Object.keys(overrides).sort(),
  };
}

/** Reads every parcel; rows are fetched at once because an open cursor would block other calls during a checkpoint. */
async function loadParcels(project: Project, ctl: CheckControl): Promise<CheckParcel[]> {
  const rows = project.db.prepare(`SELECT fid, code, registered_area_m2 AS reg, geom FROM parcels ORDER BY fid`).all() as {
    fid: number;
    code: string;
    reg: number | null;
    geom: Buffer | null;
  }[];
  const parcels: CheckParcel[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    parcels.push({ id: r.fid, code: r.code, registeredM2: r.reg, polygons: r.geom ? decodeGeometry(r.geom) : [] });
    if ((i + 1) % CHUNK === 0) {
      ctl.progress('reading', i + 1, rows.length);
      await ctl.checkpoint();
    }
  }
  return parcels;
}

const onEarth = ([lon, lat]: readonly number[]) => lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90;

/** The problem placed in lon/lat; a place that is not on Earth (a vertex out of range) is left out. */
function located(p: Problem, toLonLat: Converter): ReportedProblem {
  const at = p.at ? toLonLat(p.at) : null;
  let lonLatBBox: LonLatBBox | null = null;
  if (p.bbox) {
    // A Gauss-Krüger box is not a lon/lat box: take the extremes of its four corners.
    const [x0, y0, x1, y1] = p.bbox;
    const corners = [toLonLat([x0, y0]), toLonLat([x1, y0]), toLonLat([x0, y1]), toLonLat([x1, y1])];
    const lons = corners.map((c) => c[0]), lats = corners.map((c) => c[1]);
    lonLatBBox = corners.every(onEarth) ? [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] : null;
  }
  return { ...p, lonLat: at && onEarth(at) ? at : null, lonLatBBox };
}

/** Runs the data checks (数据检查) over every parcel of the project. */
export async function runChecks(project: Project, options: CheckOptions = {}, ctl: CheckControl = quiet): Promise<CheckReport> {
  const tolerances = tolerancesInForce(project, options.tolerances ?? {});
  const maxParcelMu = areaLimitAt(project.db, 'contractedParcel', project.today()).value;
  const ruleIds = CHECK_RULE_IDS.filter((id) => !options.rules || options.rules.includes(id));
  const srsId = project.meta.srsId;
  const parcels = await loadParcels(project, ctl);
  ctl.progress('indexing', 0, parcels.length);
  const set = buildParcelSet(parcels, srsId);
  await ctl.checkpoint();

  const problems: Problem[] = [];
  const byRule: Record<string, number> = {};
  for (const id of ruleIds) {
    const before = problems.length;
    ctl.progress(id, 0, parcels.length);
    for (const done of checkRule(id).run({ set, tolerances: tolerances.value, maxParcelMu, report: (p) => problems.push(p) })) {
      ctl.progress(id, done, parcels.length);
      await ctl.checkpoint();
    }
    byRule[id] = problems.length - before;
    await ctl.checkpoint();
  }
  const toLonLat = toLonLatConverter(srsId);
  return {
    checkedAt: project.now(),
    parcels: parcels.length,
    srsId,
    rules: ruleIds,
    tolerances,
    byRule,
    problems: problems.map((p) => located(p, toLonLat)),
  };
}
