import type { RawGeometry } from '../source-layer';
import { areaGeometry } from '../area-geometry';

/**
 * A WKB reader for foreign GeoPackages: ISO (1000/2000/3000 offsets) and EWKB-style (high bit
 * flags) Z/M variants, either byte order. Polygons and MultiPolygons are read (Z/M dropped); any
 * other type is named in the reason so the planner knows what the record held.
 */

const TYPE_NAMES: Record<number, string> = {
  1: 'Point',
  2: 'LineString',
  3: 'Polygon',
  4: 'MultiPoint',
  5: 'MultiLineString',
  6: 'MultiPolygon',
  7: 'GeometryCollection',
  8: 'CircularString',
  9: 'CompoundCurve',
  10: 'CurvePolygon',
  11: 'MultiCurve',
  12: 'MultiSurface',
  15: 'PolyhedralSurface',
  16: 'TIN',
  17: 'Triangle',
};

const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;

class WkbCursor {
  private readonly view: DataView;
  constructor(
    bytes: Uint8Array,
    public offset: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): void {
    if (this.offset + n > this.view.byteLength) throw new Error(`WKB 在第 ${this.offset} 字节处被截断`);
  }
  u8(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  u32(le: boolean): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, le);
    this.offset += 4;
    return v;
  }
  f64(le: boolean): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, le);
    this.offset += 8;
    return v;
  }
}

interface Header {
  le: boolean;
  base: number;
  dims: number;
}

function header(c: WkbCursor): Header {
  const order = c.u8();
  if (order > 1) throw new Error(`WKB 字节序标记是 ${order}，应为 0 或 1`);
  const le = order === 1;
  const raw = c.u32(le);
  let dims = 2 + (raw & EWKB_Z ? 1 : 0) + (raw & EWKB_M ? 1 : 0);
  if (raw & EWKB_SRID) c.u32(le);
  const code = raw & 0x0fffffff;
  const iso = Math.floor(code / 1000);
  if (iso > 3) throw new Error(`WKB 几何类型码 ${code} 无效`);
  dims += iso === 3 ? 2 : iso > 0 ? 1 : 0;
  return { le, base: code % 1000, dims };
}

function rings(c: WkbCursor, h: Header): number[][][] {
  const n = c.u32(h.le);
  const out: number[][][] = [];
  for (let r = 0; r < n; r++) {
    const count = c.u32(h.le);
    c.need(count * h.dims * 8);
    const ring: number[][] = new Array(count);
    for (let i = 0; i < count; i++) {
      ring[i] = [c.f64(h.le), c.f64(h.le)];
      for (let d = 2; d < h.dims; d++) c.f64(h.le);
    }
    out.push(ring);
  }
  return out;
}

const typeName = (base: number) => TYPE_NAMES[base] ?? `未知类型 ${base}`;

/** The (Multi)Polygon at `offset`, or why it cannot be imported. */
export function readWkbArea(bytes: Uint8Array, offset: number): RawGeometry | string {
  try {
    const c = new WkbCursor(bytes, offset);
    const h = header(c);
    if (h.base === 3) {
      const polygon = rings(c, h);
      return polygon.length === 0 ? '空几何（面没有环）' : areaGeometry('Polygon', polygon);
    }
    if (h.base !== 6) return areaGeometry(typeName(h.base), null);
    const n = c.u32(h.le);
    const polygons: number[][][][] = [];
    for (let i = 0; i < n; i++) {
      const part = header(c);
      if (part.base !== 3) return `多面的第 ${i + 1} 个部分是 ${typeName(part.base)}，不是面`;
      const polygon = rings(c, part);
      if (polygon.length > 0) polygons.push(polygon);
    }
    return polygons.length === 0 ? '空几何（多面没有面）' : areaGeometry('MultiPolygon', polygons);
  } catch (err) {
    return (err as Error).message;
  }
}
