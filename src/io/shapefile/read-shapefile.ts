import { looksSwapped, samplePositions, swapAxes } from '../axis-order';
import { isSupportedSrs } from '../../geo/crs';
import type { CrsGuess, EncodingGuess, RawGeometry, ReadOptions, SourceFeature, SourceLayer, SourceProblem } from '../source-layer';
import { coordinateMismatch, crsFromCoordinates } from '../coordinate-crs';
import { readDbfHeader, readDbfRows, textSamples, type DbfRows } from './dbf-reader';
import { normaliseEncodingLabel, sniffEncoding } from './encoding';
import { parseAliasCsv } from './field-aliases';
import { assemblePolygon } from './polygon-rings';
import { srsFromPrj } from './prj';
import { readShp, type Ring } from './shp-reader';

export interface ShapefileParts {
  /** The .shp as reports should name it (`parcels.shp`, `county.zip!/parcels.shp`). */
  base: string;
  shp: Uint8Array;
  shx?: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
  /** The `<base>.fields.csv` dictionary our writer leaves for shortened field names. */
  aliases?: string;
}

const SAMPLE_FEATURES = 20;

/** Reads a Shapefile's polygons and attributes, reporting every defect by file and record. */
export function readShapefile(parts: ShapefileParts, opts: ReadOptions = {}): SourceLayer {
  const stem = parts.base.replace(/\.shp$/i, '');
  const shpFile = `${stem}.shp`;
  const dbfFile = `${stem}.dbf`;
  const name = stem.split(/[\\/!]/).pop()!;
  const shp = readShp(parts.shp, shpFile);
  const problems: SourceProblem[] = [...shp.problems];
  // The .shx only indexes the .shp; records are read in sequence, but a disagreeing index means a mixed-up set.
  const indexed = parts.shx && parts.shx.length >= 100 ? Math.floor((parts.shx.length - 100) / 8) : null;
  if (indexed !== null && shp.shapeType >= 0 && indexed !== shp.records.length) {
    problems.push({ file: `${stem}.shx`, record: null, reason: `.shx 索引 ${indexed} 条记录，.shp 有 ${shp.records.length} 条`, fatal: false });
  }
  const layer = (fields: DbfRows['fields'], features: SourceFeature[], crs: CrsGuess, encoding: EncodingGuess | null): SourceLayer => ({
    file: shpFile,
    name,
    format: 'shapefile',
    fields,
    crs,
    encoding,
    features,
    problems,
  });
  const noCrs: CrsGuess = { srsId: null, how: 'unknown', detail: '', swapped: false };
  if (shp.shapeType < 0) return layer([], [], noCrs, null);

  let dbf: DbfRows = { fields: [], rows: [], problems: [] };
  let encoding: EncodingGuess | null = null;
  if (!parts.dbf) {
    problems.push({ file: dbfFile, record: null, reason: '缺少 .dbf 属性文件，无法导入属性', fatal: true });
  } else {
    const header = readDbfHeader(parts.dbf);
    if (typeof header === 'string') {
      problems.push({ file: dbfFile, record: null, reason: header, fatal: true });
    } else {
      encoding = chooseEncoding(parts, opts, () => [...header.fields.map((f) => f.nameBytes), ...textSamples(parts.dbf!, header)]);
      if (!encoding) {
        problems.push({ file: dbfFile, record: null, reason: `无法识别的编码“${opts.encoding}”（可用 GBK、GB18030、UTF-8）`, fatal: true });
        return layer([], [], noCrs, null);
      }
      const aliases = parts.aliases ? parseAliasCsv(parts.aliases) : new Map<string, string>();
      dbf = readDbfRows(parts.dbf, header, encoding.label, dbfFile, aliases);
      problems.push(...dbf.problems);
      if (header.recordCount !== shp.records.length) {
        problems.push({
          file: dbfFile,
          record: null,
          reason: `.dbf 有 ${header.recordCount} 条记录，.shp 有 ${shp.records.length} 条，两者不一致，无法对应属性与图形`,
          fatal: true,
        });
      }
    }
  }

  const features: SourceFeature[] = [];
  for (const { record, rings } of shp.records) {
    const attrs = parts.dbf ? dbf.rows[record - 1] : {};
    if (attrs === null) continue; // deleted in the .dbf, already reported
    features.push({ record, geometry: rings ? assemblePolygon(rings) : null, attrs: attrs ?? {} });
  }

  const samples = () => {
    const out: number[][] = [];
    let used = 0;
    for (const { geometry } of features) {
      if (used === SAMPLE_FEATURES) break;
      if (!geometry) continue;
      out.push(...samplePositions(geometry.coordinates, 3));
      used++;
    }
    return out;
  };
  const swapped = opts.swapXY ?? looksSwapped(samples());
  if (swapped) for (const f of features) if (f.geometry) f.geometry = swapGeometry(f.geometry);
  const crs = chooseCrs(parts, opts, samples(), swapped, shpFile, problems);
  return layer(dbf.fields, features, crs, encoding);
}

/** Swapping axes mirrors the plane, so every ring is reversed too to keep GeoJSON orientation. */
function swapGeometry(geometry: RawGeometry): RawGeometry {
  const swapped = swapAxes(geometry.coordinates) as Ring[] | Ring[][];
  const coordinates =
    geometry.type === 'Polygon' ? (swapped as Ring[]).map((r) => r.reverse()) : (swapped as Ring[][]).map((p) => p.map((r) => r.reverse()));
  return { type: geometry.type, coordinates };
}

/** opts.encoding, then the .cpg, then a sniff of the text bytes; null when the user's label is unknown. */
function chooseEncoding(parts: ShapefileParts, opts: ReadOptions, samples: () => Uint8Array[]): EncodingGuess | null {
  if (opts.encoding !== undefined) {
    const label = normaliseEncodingLabel(opts.encoding);
    return label ? { label, how: 'given', detail: `指定编码 ${opts.encoding} → ${label}` } : null;
  }
  if (parts.cpg !== undefined) {
    const label = normaliseEncodingLabel(parts.cpg);
    if (label) return { label, how: 'cpg', detail: `.cpg 为 ${parts.cpg.trim()} → ${label}` };
    const sniffed = sniffEncoding(samples());
    return { ...sniffed, detail: `.cpg 内容“${parts.cpg.trim()}”无法识别；${sniffed.detail}` };
  }
  return sniffEncoding(samples());
}

/** opts.srsId, then the .prj, then what the (already unswapped) coordinates imply. */
function chooseCrs(parts: ShapefileParts, opts: ReadOptions, samples: number[][], swapped: boolean, file: string, problems: SourceProblem[]): CrsGuess {
  const axes = swapped ? '；X/Y 已互换为（东, 北）' : '';
  let crs: CrsGuess;
  if (opts.srsId !== undefined) {
    if (!isSupportedSrs(opts.srsId)) {
      problems.push({ file, record: null, reason: `不支持指定的坐标系 EPSG:${opts.srsId}`, fatal: true });
      return { srsId: null, how: 'given', detail: `指定 EPSG:${opts.srsId}（不支持）${axes}`, swapped };
    }
    crs = { srsId: opts.srsId, how: 'given', detail: `指定 EPSG:${opts.srsId}${axes}`, swapped };
  } else {
    const prj = parts.prj !== undefined ? srsFromPrj(parts.prj) : null;
    if (prj?.srsId) crs = { srsId: prj.srsId, how: 'prj', detail: prj.detail + axes, swapped };
    else {
      const found = crsFromCoordinates(samples);
      const detail = (prj ? `.prj 无法使用（${prj.detail}）；` : '无 .prj：') + found.detail + axes;
      crs = { srsId: found.srsId, how: found.srsId ? 'easting' : 'unknown', detail, swapped };
      if (found.needsCrs) problems.push({ file, record: null, reason: detail, fatal: true });
      return crs;
    }
  }
  const mismatch = coordinateMismatch(crs.srsId!, samples);
  if (mismatch) problems.push({ file, record: null, reason: `${mismatch}；请检查坐标系或 X/Y 顺序（--crs、--swap-xy）`, fatal: true });
  return crs;
}
