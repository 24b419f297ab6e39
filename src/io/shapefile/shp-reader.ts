import type { SourceProblem } from '../source-layer';
import { POLYGON_TYPES, SHAPE_NULL, shapeTypeName } from './shape-types';

export type Ring = number[][];

export interface ShpRecord {
  /** 1-based position in the file, which is also the .dbf record it belongs with. */
  record: number;
  /** The rings as stored (2D; Z and M are dropped), or null when the record has no usable shape. */
  rings: Ring[] | null;
}

export interface ShpContents {
  shapeType: number;
  records: ShpRecord[];
  problems: SourceProblem[];
}

const HEADER_BYTES = 100;
const FILE_CODE = 9994;

/**
 * Reads the polygon records of a .shp. Every defect becomes a problem naming the file and record:
 * a bad header or non-polygon layer is fatal, as is truncation (records would be lost); a record
 * that cannot be used keeps its place with `rings: null`.
 */
export function readShp(bytes: Uint8Array, file: string): ShpContents {
  const problems: SourceProblem[] = [];
  const fatal = (reason: string, record: number | null = null): ShpContents => {
    problems.push({ file, record, reason, fatal: true });
    return { shapeType: -1, records, problems };
  };
  const records: ShpRecord[] = [];
  if (bytes.length < HEADER_BYTES) return fatal(`文件只有 ${bytes.length} 字节，不足 100 字节的文件头`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== FILE_CODE) return fatal(`不是 Shapefile（文件标识 ${view.getInt32(0, false)}，应为 9994）`);
  const shapeType = view.getInt32(32, true);
  if (!POLYGON_TYPES.has(shapeType)) {
    return fatal(`几何类型是 ${shapeTypeName(shapeType)}，只能导入面（Polygon、PolygonZ、PolygonM）`);
  }
  const declared = view.getInt32(24, false) * 2;
  if (declared > bytes.length) {
    problems.push({ file, record: null, reason: `文件被截断：文件头声明 ${declared} 字节，实际只有 ${bytes.length} 字节`, fatal: true });
  } else if (declared < bytes.length) {
    problems.push({ file, record: null, reason: `文件头声明 ${declared} 字节，实际有 ${bytes.length} 字节，多余部分已忽略`, fatal: false });
  }
  const end = Math.min(declared, bytes.length);
  let pos = HEADER_BYTES;
  while (pos < end) {
    const record = records.length + 1;
    if (pos + 8 > end) {
      problems.push({ file, record, reason: `第 ${record} 条记录头在文件末尾被截断（偏移 ${pos}）`, fatal: true });
      break;
    }
    const contentBytes = view.getInt32(pos + 4, false) * 2;
    const start = pos + 8;
    if (contentBytes < 4 || start + contentBytes > end) {
      problems.push({
        file,
        record,
        reason: `第 ${record} 条记录声明 ${contentBytes} 字节，超出文件末尾（偏移 ${start}，文件 ${end} 字节）`,
        fatal: true,
      });
      break;
    }
    const parsed = readPolygon(view, start, contentBytes);
    if (typeof parsed === 'string') {
      problems.push({ file, record, reason: `第 ${record} 条记录：${parsed}`, fatal: false });
      records.push({ record, rings: null });
    } else records.push({ record, rings: parsed });
    pos = start + contentBytes;
  }
  return { shapeType, records, problems };
}

/** The rings of one record's content, or why they cannot be read. */
function readPolygon(view: DataView, start: number, length: number): Ring[] | string {
  const type = view.getInt32(start, true);
  if (type === SHAPE_NULL) return '空几何（Null shape）';
  if (!POLYGON_TYPES.has(type)) return `几何类型 ${shapeTypeName(type)} 不是面`;
  if (length < 44) return `记录长度 ${length} 字节，不足以存放面的头部`;
  const numParts = view.getInt32(start + 36, true);
  const numPoints = view.getInt32(start + 40, true);
  if (numParts <= 0 || numPoints <= 0) return `没有环（${numParts} 个环，${numPoints} 个点）`;
  const partsAt = start + 44;
  const pointsAt = partsAt + 4 * numParts;
  if (pointsAt + 16 * numPoints > start + length) {
    return `声明 ${numParts} 个环、${numPoints} 个点，超出记录长度 ${length} 字节`;
  }
  const rings: Ring[] = [];
  for (let p = 0; p < numParts; p++) {
    const from = view.getInt32(partsAt + 4 * p, true);
    const to = p + 1 < numParts ? view.getInt32(partsAt + 4 * (p + 1), true) : numPoints;
    if (from < 0 || to > numPoints || to <= from) return `第 ${p + 1} 个环的起止点序号 ${from}–${to} 无效`;
    if (to - from < 4) return `第 ${p + 1} 个环只有 ${to - from} 个点，至少需要 4 个`;
    const ring: Ring = new Array(to - from);
    for (let i = from; i < to; i++) {
      const at = pointsAt + 16 * i;
      ring[i - from] = [view.getFloat64(at, true), view.getFloat64(at + 8, true)];
    }
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    // Some exporters leave rings open; closing them is what every GIS does on read.
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0]!, first[1]!]);
    rings.push(ring);
  }
  return rings;
}
