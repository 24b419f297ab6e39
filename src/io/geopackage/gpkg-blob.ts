import type { RawGeometry } from '../source-layer';
import { readWkbArea } from './wkb-reader';

/** Envelope sizes by the header's envelope indicator (GeoPackage 1.2 §2.1.3.1.1); 5–7 are invalid. */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * The (Multi)Polygon in a GeoPackage geometry blob from any writer, or why it cannot be imported:
 * header flags give the envelope size and the empty flag; the extended-type flag (non-standard
 * geometry) is refused.
 */
export function readGpkgBlob(blob: Uint8Array): RawGeometry | string {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return '几何不是 GeoPackage 几何（缺少 GP 文件头）';
  const flags = blob[3]!;
  if (flags & 0x20) return '几何使用了扩展几何类型（GeoPackage 扩展），无法读取';
  if (flags & 0x10) return '空几何';
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0x07];
  if (envelope === undefined) return `几何文件头的包络标记 ${(flags >> 1) & 0x07} 无效`;
  return readWkbArea(blob, 8 + envelope);
}
