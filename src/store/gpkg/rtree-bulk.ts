import type Database from 'better-sqlite3';
import { blobEnvelope } from './geometry-blob';

/**
 * Builds a feature table's R-tree in one pass (Sort-Tile-Recursive packing) by writing SQLite's R-tree
 * shadow tables directly, as GDAL does for GeoPackages since 3.6. Inserting 100k rows one at a time costs
 * about 70 µs each in SQLite's R-tree; packing them costs a fraction of that and gives fuller nodes.
 * The node format is SQLite's (rtree.c): a 4-byte header (tree depth on the root, cell count) and cells
 * of a big-endian 64-bit id and four float32 bounds, min rounded down and max rounded up.
 */

interface Cell {
  id: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const CELL_BYTES = 8 + 4 * 4;
/** SQLite's RTREE_MAXCELLS: nodes are never larger than 51 cells, whatever the page size. */
const MAX_CELLS = 51;

const f32 = new Float32Array(1);
const f32bits = new Int32Array(f32.buffer);
const SMALLEST_FLOAT32 = 1.401298464324817e-45;

/** The float32 nearest `v` on the side that keeps the box covering the true bounds. */
function float32Toward(v: number, up: boolean): number {
  f32[0] = v;
  const r = f32[0]!;
  if (up ? r >= v : r <= v) return r;
  if (r === 0) return up ? SMALLEST_FLOAT32 : -SMALLEST_FLOAT32;
  // One unit in the last place: a larger bit pattern is a larger magnitude for either sign.
  f32bits[0]! += (r > 0) === up ? 1 : -1;
  return f32[0]!;
}

function bounds(cells: readonly Cell[]): Omit<Cell, 'id'> {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const c of cells) {
    if (c.minX < minX) minX = c.minX;
    if (c.maxX > maxX) maxX = c.maxX;
    if (c.minY < minY) minY = c.minY;
    if (c.maxY > maxY) maxY = c.maxY;
  }
  return { minX, maxX, minY, maxY };
}

/** STR: sort by x centre into vertical slices, each sorted by y centre, cut into nodes of `m` cells. */
function pack(cells: Cell[], m: number): Cell[][] {
  const nodes = Math.ceil(cells.length / m);
  const slices = Math.ceil(Math.sqrt(nodes));
  const perSlice = slices * m;
  const cx = (c: Cell) => c.minX + c.maxX;
  const cy = (c: Cell) => c.minY + c.maxY;
  cells.sort((a, b) => cx(a) - cx(b));
  const out: Cell[][] = [];
  for (let s = 0; s < cells.length; s += perSlice) {
    const slice = cells.slice(s, s + perSlice).sort((a, b) => cy(a) - cy(b));
    for (let i = 0; i < slice.length; i += m) out.push(slice.slice(i, i + m));
  }
  return out;
}

function encodeNode(cells: readonly Cell[], nodeSize: number, depth: number | null): Buffer {
  const buf = Buffer.alloc(nodeSize);
  if (depth !== null) buf.writeUInt16BE(depth, 0);
  buf.writeUInt16BE(cells.length, 2);
  cells.forEach((c, i) => {
    const o = 4 + i * CELL_BYTES;
    buf.writeBigInt64BE(BigInt(c.id), o);
    buf.writeFloatBE(float32Toward(c.minX, false), o + 8);
    buf.writeFloatBE(float32Toward(c.maxX, true), o + 12);
    buf.writeFloatBE(float32Toward(c.minY, false), o + 16);
    buf.writeFloatBE(float32Toward(c.maxY, true), o + 20);
  });
  return buf;
}

/** Rebuilds `rtree_<table>_geom` from every non-empty geometry of the table. Call inside a transaction. */
export function rebuildRtree(db: Database.Database, table: string): void {
  const r = `rtree_${table}_geom`;
  const root = db.prepare(`SELECT length(data) AS n FROM "${r}_node" WHERE nodeno = 1`).get() as { n: number } | undefined;
  const nodeSize = root?.n ?? 4 + CELL_BYTES * MAX_CELLS;
  const m = Math.min(MAX_CELLS, Math.floor((nodeSize - 4) / CELL_BYTES));
  const leaves: Cell[] = [];
  for (const row of db.prepare(`SELECT fid, geom FROM "${table}" WHERE geom IS NOT NULL`).iterate() as Iterable<{ fid: number; geom: Buffer }>) {
    const e = blobEnvelope(row.geom);
    if (!e.empty) leaves.push({ id: row.fid, minX: e.minX, maxX: e.maxX, minY: e.minY, maxY: e.maxY });
  }
  // SQLite's defensive mode (on in better-sqlite3) forbids writing shadow tables; lift it for this build only.
  db.unsafeMode(true);
  try {
    writeTree(db, r, leaves, nodeSize, m);
  } finally {
    db.unsafeMode(false);
  }
}

function writeTree(db: Database.Database, r: string, leaves: Cell[], nodeSize: number, m: number): void {
  db.exec(`DELETE FROM "${r}_node"; DELETE FROM "${r}_parent"; DELETE FROM "${r}_rowid";`);
  const putNode = db.prepare(`INSERT INTO "${r}_node" (nodeno, data) VALUES (?, ?)`);
  const putParent = db.prepare(`INSERT INTO "${r}_parent" (nodeno, parentnode) VALUES (?, ?)`);
  const putRowid = db.prepare(`INSERT INTO "${r}_rowid" (rowid, nodeno) VALUES (?, ?)`);
  if (leaves.length === 0) {
    putNode.run(1, encodeNode([], nodeSize, 0));
    return;
  }
  // Levels bottom-up; node numbers are given top-down afterwards so the root is node 1.
  const levels: Cell[][][] = [pack(leaves, m)];
  while (levels[levels.length - 1]!.length > 1) {
    const below = levels[levels.length - 1]!;
    const parents = below.map((cells, i) => ({ id: i, ...bounds(cells) }));
    levels.push(pack(parents, m));
  }
  const depth = levels.length - 1;
  let next = 1;
  // Walk from the root: each level's nodes get numbers, and parent cells point at them.
  const numberOf: number[][] = levels.map((lvl) => new Array<number>(lvl.length));
  for (let l = depth; l >= 0; l--) levels[l]!.forEach((_, i) => (numberOf[l]![i] = next++));
  for (let l = depth; l >= 0; l--) {
    levels[l]!.forEach((cells, i) => {
      const nodeno = numberOf[l]![i]!;
      const stored = l === 0 ? cells : cells.map((c) => ({ ...c, id: numberOf[l - 1]![c.id]! }));
      putNode.run(nodeno, encodeNode(stored, nodeSize, l === depth ? depth : null));
      if (l > 0) for (const c of stored) putParent.run(c.id, nodeno);
      else for (const c of cells) putRowid.run(c.id, nodeno);
    });
  }
}
