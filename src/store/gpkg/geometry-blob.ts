import type { AreaGeometry } from '../../domain/geometry';

/**
 * GeoPackage geometry blobs: 'GP' header, flags, srs_id, XY envelope, then ISO WKB
 * (GeoPackage 1.2 §2.1.3). Polygons are written as MultiPolygons, so one column type fits all.
 */

export type MultiPolygonCoords = number[][][][];

const WKB_POLYGON = 3;
const WKB_MULTIPOLYGON = 6;
const HEADER = 8;
const ENVELOPE_XY = 32;

export function toMultiPolygon(geometry: AreaGeometry): MultiPolygonCoords {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPolygonCoords;
}

export function encodeGeometry(geometry: AreaGeometry, srsId: number): Buffer {
  const polys = toMultiPolygon(geometry);
  let points = 0;
  let rings = 0;
  for (const poly of polys) for (const ring of poly) (rings++, (points += ring.length));
  const wkbSize = 9 + polys.length * 9 + rings * 4 + points * 16;
  const buf = Buffer.alloc(HEADER + ENVELOPE_XY + wkbSize);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const poly of polys) for (const ring of poly) for (const [x, y] of ring) {
    if (x! < minX) minX = x!;
    if (x! > maxX) maxX = x!;
    if (y! < minY) minY = y!;
    if (y! > maxY) maxY = y!;
  }
  buf.write('GP', 0, 'ascii');
  buf.writeUInt8(0, 2); // version 1
  buf.writeUInt8((1 << 1) | 1, 3); // envelope [minx, maxx, miny, maxy], little endian
  buf.writeInt32LE(srsId, 4);
  buf.writeDoubleLE(minX, 8);
  buf.writeDoubleLE(maxX, 16);
  buf.writeDoubleLE(minY, 24);
  buf.writeDoubleLE(maxY, 32);
  let o = HEADER + ENVELOPE_XY;
  buf.writeUInt8(1, o);
  buf.writeUInt32LE(WKB_MULTIPOLYGON, o + 1);
  buf.writeUInt32LE(polys.length, o + 5);
  o += 9;
  for (const poly of polys) {
    buf.writeUInt8(1, o);
    buf.writeUInt32LE(WKB_POLYGON, o + 1);
    buf.writeUInt32LE(poly.length, o + 5);
    o += 9;
    for (const ring of poly) {
      buf.writeUInt32LE(ring.length, o);
      o += 4;
      for (const [x, y] of ring) {
        buf.writeDoubleLE(x!, o);
        buf.writeDoubleLE(y!, o + 8);
        o += 16;
      }
    }
  }
  return buf;
}

function envelopeLength(flags: number): number {
  return [0, 32, 48, 48, 64][(flags >> 1) & 0x07] ?? 0;
}

function checkHeader(blob: Uint8Array): DataView {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < HEADER || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry blob');
  return view;
}

export interface BlobEnvelope {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  empty: boolean;
}

/** Envelope from the header when present (as this writer always does), else from the coordinates. */
export function blobEnvelope(blob: Uint8Array): BlobEnvelope {
  const view = checkHeader(blob);
  const flags = blob[3]!;
  const le = (flags & 1) === 1;
  const empty = (flags & 0x10) !== 0;
  if (envelopeLength(flags) >= 32) {
    return { minX: view.getFloat64(8, le), maxX: view.getFloat64(16, le), minY: view.getFloat64(24, le), maxY: view.getFloat64(32, le), empty };
  }
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const poly of decodeGeometry(blob)) for (const ring of poly) for (const [x, y] of ring) {
    minX = Math.min(minX, x!);
    maxX = Math.max(maxX, x!);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  }
  return { minX, maxX, minY, maxY, empty: empty || minX === Infinity };
}

/** Decodes Polygon or MultiPolygon WKB (either byte order, 2D) into MultiPolygon coordinates. */
export function decodeGeometry(blob: Uint8Array): MultiPolygonCoords {
  const view = checkHeader(blob);
  let o = HEADER + envelopeLength(blob[3]!);
  const readPolygon = (): number[][][] => {
    const le = view.getUint8(o) === 1;
    const type = view.getUint32(o + 1, le);
    if (type !== WKB_POLYGON) throw new Error(`expected a WKB polygon, found type ${type}`);
    const nRings = view.getUint32(o + 5, le);
    o += 9;
    const rings: number[][][] = [];
    for (let r = 0; r < nRings; r++) {
      const n = view.getUint32(o, le);
      o += 4;
      const ring: number[][] = new Array(n);
      for (let i = 0; i < n; i++, o += 16) ring[i] = [view.getFloat64(o, le), view.getFloat64(o + 8, le)];
      rings.push(ring);
    }
    return rings;
  };
  const le = view.getUint8(o) === 1;
  const type = view.getUint32(o + 1, le);
  if (type === WKB_POLYGON) return [readPolygon()];
  if (type !== WKB_MULTIPOLYGON) throw new Error(`unsupported WKB geometry type ${type}`);
  const n = view.getUint32(o + 5, le);
  o += 9;
  return Array.from({ length: n }, readPolygon);
}
