import { layoutSignature, REQUIRED_FIELDS, type FieldMapping, type ImportTarget } from '../../domain/field-mapping';
import type { ImportRecord } from '../../domain/import-record';
import type { LandClassCode } from '../../domain/land-class';
import { lonLatCheckFor, positionCheck } from '../../geo/coordinate-range';
import { fromLonLatConverter, isSupportedSrs, toLonLatConverter, type Converter } from '../../geo/crs';
import { toImportRecord } from '../../io/import-record';
import { readSource } from '../../io/read-source';
import type { ReadOptions, SourceLayer } from '../../io/source-layer';
import { storedCodes, writeImport, type Progress } from '../../store/import-writer';
import type { Project } from '../../store/project';
import type { ImportReport, Problem } from '../methods/import';

export interface ImportRequest {
  path: string;
  options: ReadOptions;
  target: ImportTarget;
  mapping: FieldMapping;
  defaultLandClass: LandClassCode;
  onBad: 'abort' | 'skip';
  onExisting: 'bad' | 'replace';
}

/** Reports list at most this many problems; the count says how many there were. */
export const PROBLEM_LIST_LIMIT = 1000;
const CHUNK = 2000;

/** Source CRS → project CRS; null when nothing needs doing. WGS 84 and CGCS2000 agree within survey tolerance. */
export function crsTransform(from: number, to: number): Converter | null {
  const geographic = (s: number) => s === 4490 || s === 4326;
  if (from === to || (geographic(from) && geographic(to))) return null;
  const toLonLat = toLonLatConverter(from);
  const fromLonLat = fromLonLatConverter(to);
  return (p) => fromLonLat(toLonLat(p));
}

function refused(layer: SourceLayer, target: ImportTarget, projectSrs: number, problems: Problem[], read: number): ImportReport {
  return {
    committed: false,
    batchId: null,
    file: layer.file,
    layer: layer.name,
    target,
    read,
    imported: 0,
    replaced: 0,
    skipped: 0,
    problems: problems.slice(0, PROBLEM_LIST_LIMIT),
    problemCount: problems.length,
    fromSrsId: layer.crs.srsId,
    toSrsId: projectSrs,
    encoding: layer.encoding?.label ?? null,
    swapped: layer.crs.swapped,
    totals: { ellipsoidM2: 0, registeredM2: 0 },
  };
}

/**
 * Reads, maps, checks and writes one source layer. Nothing is written unless every record is good, or
 * the user chose to skip the bad ones; a fatal problem (unreadable file, unknown CRS) refuses it whole.
 */
export async function runImport(project: Project, actor: string, req: ImportRequest, ctl: Progress): Promise<ImportReport> {
  const projectSrs = project.meta.srsId;
  ctl.progress('reading', 0, 1);
  const { layer } = await readSource(req.path, req.options);
  await ctl.checkpoint();
  const problems: Problem[] = layer.problems.map((p) => ({ ...p }));
  const total = layer.features.length;
  if (layer.format === 'xlsx' || layer.format === 'csv') {
    problems.push({ file: layer.file, record: null, reason: '表格没有几何，请用“关联表格”导入户和合同信息 (a table has no geometry: join it instead)', fatal: true });
  }
  const src = layer.crs.srsId;
  if (src === null || !isSupportedSrs(src)) {
    problems.push({ file: layer.file, record: null, reason: `坐标系未知或不受支持 (${layer.crs.detail}); 请指定 --crs EPSG:n`, fatal: true });
  }
  for (const f of REQUIRED_FIELDS[req.target]) {
    if (!req.mapping.fields[f]) problems.push({ file: layer.file, record: null, reason: `必填字段 ${f} 未对应到源字段 (mapping.fields.${f} is required)`, fatal: true });
  }
  for (const [k, v] of Object.entries(req.mapping.fields)) {
    if (v && !layer.fields.some((f) => f.name === v)) {
      problems.push({ file: layer.file, record: null, reason: `对应的源字段 "${v}" 不存在 (mapping.fields.${k})`, fatal: true });
    }
  }
  if (problems.some((p) => p.fatal)) return refused(layer, req.target, projectSrs, problems, total);

  const transform = crsTransform(src!, projectSrs);
  // A source position must fit its own CRS, and (in lon/lat) the reach of the project's zone it is moved to.
  const sourceToLonLat = toLonLatConverter(src!);
  const reach = lonLatCheckFor(projectSrs);
  const ranges = { inSource: positionCheck(src!), inProject: (p: readonly number[]) => reach(sourceToLonLat(p)), projectSrsId: projectSrs };
  const stored = storedCodes(project, req.target);
  const firstSeen = new Map<string, number>();
  const good: ImportRecord[] = [];
  for (let i = 0; i < total; i++) {
    const f = layer.features[i]!;
    const r = toImportRecord(f, { target: req.target, mapping: req.mapping, defaultLandClass: req.defaultLandClass, transform, ...ranges });
    const badRecord = (reason: string) => problems.push({ file: layer.file, record: f.record, reason, fatal: false });
    if (!r.ok) badRecord(r.reason);
    else if (req.target !== 'farmland' && firstSeen.has(r.value.code)) badRecord(`地块代码 ${r.value.code} 重复 (same as record ${firstSeen.get(r.value.code)})`);
    else if (req.target !== 'farmland' && req.onExisting === 'bad' && stored.has(r.value.code)) badRecord(`代码 ${r.value.code} 已在项目中 (choose replace to update it)`);
    else {
      firstSeen.set(r.value.code, f.record);
      good.push(r.value);
    }
    if ((i + 1) % CHUNK === 0) {
      ctl.progress('checking', i + 1, total);
      await ctl.checkpoint();
    }
  }
  ctl.progress('checking', total, total);
  // Problems the reader found on single records are skipped records too.
  const skipped = problems.filter((p) => !p.fatal).length;
  if ((skipped > 0 && req.onBad === 'abort') || good.length === 0) {
    if (good.length === 0 && skipped === 0) problems.push({ file: layer.file, record: null, reason: '没有可导入的要素 (no features)', fatal: true });
    return refused(layer, req.target, projectSrs, problems, total);
  }
  const signature = layoutSignature(req.target, layer.fields.map((f) => f.name));
  const report = { problems: problems.slice(0, PROBLEM_LIST_LIMIT), problemCount: problems.length };
  const written = await writeImport(
    project,
    actor,
    {
      source: layer.file,
      format: layer.format,
      layer: layer.name,
      target: req.target,
      sourceSrsId: src,
      encoding: layer.encoding?.label ?? null,
      swapped: layer.crs.swapped,
      mapping: req.mapping,
      replaceExisting: req.onExisting === 'replace',
      skipped,
      report,
      layout: { signature, fields: layer.fields.map((f) => f.name) },
    },
    good,
    ctl,
  );
  return {
    committed: true,
    batchId: written.batchId,
    file: layer.file,
    layer: layer.name,
    target: req.target,
    read: total,
    imported: written.imported,
    replaced: written.replaced,
    skipped,
    ...report,
    fromSrsId: src,
    toSrsId: projectSrs,
    encoding: layer.encoding?.label ?? null,
    swapped: layer.crs.swapped,
    totals: { ellipsoidM2: written.ellipsoidM2, registeredM2: written.registeredM2 },
  };
}

