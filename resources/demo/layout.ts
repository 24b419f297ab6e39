/**
 * Field layout of one village in local metres (x east, y north): a grid of field blocks (columns ×
 * rows) cut into long north–south strips, with roads and ditches filling every gap between blocks
 * and around the edge. Every polygon that touches another lists the same vertex objects along the
 * shared boundary (no T-junctions), so after any affine transform edges still match exactly.
 */
import type { Rng } from './rng';

export interface Pt {
  readonly x: number;
  readonly y: number;
}

/** A straight boundary y = y0 + slope·(x − xm); small slopes keep blocks from being rectangles. */
interface Line {
  y0: number;
  slope: number;
  xm: number;
}

const at = (l: Line, x: number): Pt => ({ x, y: l.y0 + l.slope * (x - l.xm) });
const shifted = (l: Line, dy: number): Line => ({ ...l, y0: l.y0 + dy });

export type GapKind = 'road' | 'ditch';

/** A field block. Edges run left→right and include both corners; strips are open CCW quads. */
export interface Block {
  readonly col: number;
  readonly row: number;
  readonly settlement: boolean;
  readonly bottom: Pt[];
  readonly top: Pt[];
  readonly strips: Pt[][];
}

export interface Gap {
  readonly kind: GapKind;
  /** Gaps with the same lineNo are pieces of one named road or ditch. */
  readonly lineNo: number;
  /** Open ring, counter-clockwise. */
  readonly ring: Pt[];
}

export interface LayoutSpec {
  readonly cols: number;
  readonly rows: number;
  readonly totalWidth: number;
  /** The cell left for the built-up area (homesteads). */
  readonly settlement: { readonly col: number; readonly row: number };
  /** Approximate number of strips wanted over all field blocks. */
  readonly stripTarget: number;
}

export interface Layout {
  /** blocks[col][row] */
  readonly blocks: Block[][];
  readonly gaps: Gap[];
}

interface Frame {
  l: number;
  r: number;
  bottom: Line;
  top: Line;
}

const EDGE_SLOPE = 0.015;
const SETTLEMENT_ROW_HEIGHT = 235;
const MIN_STRIP_WIDTH = 7;

/** n values evenly spread over [lo, hi], shuffled, so sums are stable but order varies by seed. */
function spread(n: number, lo: number, hi: number, rng: Rng): number[] {
  return rng.shuffle(Array.from({ length: n }, (_, i) => (n === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (n - 1))));
}

function gapKinds(n: number, mustBeRoad: (k: number) => boolean, rng: Rng): GapKind[] {
  return Array.from({ length: n }, (_, k) => (mustBeRoad(k) || rng.chance(0.45) ? 'road' : 'ditch'));
}

const gapWidth = (kind: GapKind, rng: Rng): number => (kind === 'road' ? rng.float(4.5, 6.5) : rng.float(2.5, 4));

/** Strip width before normalisation: mostly near the block mean, some narrow 口粮田, some wide. */
function stripWeight(mean: number, length: number, rng: Rng): number {
  const u = rng.next();
  if (u < 0.12) return rng.float(Math.min(Math.max(0.4 * mean, MIN_STRIP_WIDTH), 0.8 * mean), 0.8 * mean);
  if (u > 0.92) return rng.float(1.35 * mean, Math.max(1.35 * mean, Math.min(2.2 * mean, 40, 3800 / length)));
  return rng.float(0.8 * mean, 1.35 * mean);
}

function buildStrips(f: Frame, n: number, rng: Rng): Pick<Block, 'bottom' | 'top' | 'strips'> {
  const width = f.r - f.l;
  const length = f.top.y0 - f.bottom.y0;
  const raw = Array.from({ length: n }, () => stripWeight(width / n, length, rng));
  const scale = width / raw.reduce((s, w) => s + w, 0);
  const widths = raw.map((w) => w * scale);
  // Normalising can squeeze a narrow strip; keep a workable minimum, paid for by the widest strip.
  widths.forEach((w, i) => {
    if (w >= MIN_STRIP_WIDTH) return;
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest]! -= MIN_STRIP_WIDTH - w;
    widths[i] = MIN_STRIP_WIDTH;
  });
  const bottom: Pt[] = [at(f.bottom, f.l)];
  const top: Pt[] = [at(f.top, f.l)];
  let x = f.l;
  for (let i = 1; i < n; i++) {
    x += widths[i - 1]!;
    // Some dividers lean a little, giving quadrilateral rather than rectangular strips.
    const m = Math.min(0.8, 0.08 * Math.min(widths[i - 1]!, widths[i]!));
    const lean = rng.chance(0.35);
    bottom.push(at(f.bottom, lean ? x + rng.float(-m, m) : x));
    top.push(at(f.top, lean ? x + rng.float(-m, m) : x));
  }
  bottom.push(at(f.bottom, f.r));
  top.push(at(f.top, f.r));
  const strips = widths.map((_, i) => [bottom[i]!, bottom[i + 1]!, top[i + 1]!, top[i]!]);
  return { bottom, top, strips };
}

export function layOutVillage(spec: LayoutSpec, rng: Rng): Layout {
  const { cols, rows, settlement } = spec;
  const isSettlement = (c: number, r: number): boolean => c === settlement.col && r === settlement.row;
  // The settlement is reached by roads on all four sides.
  const vKinds = gapKinds(cols + 1, (k) => k === settlement.col || k === settlement.col + 1, rng);
  const hKinds = gapKinds(rows + 1, (k) => k === settlement.row || k === settlement.row + 1, rng);
  const vWidths = vKinds.map((k) => gapWidth(k, rng));
  const hWidths = hKinds.map((k) => gapWidth(k, rng));

  const colWidths = spread(cols, 0.85, 1.15, rng).map((f) => (f * spec.totalWidth) / cols);
  // The widest column holds the settlement, so the homesteads always fit.
  const widest = colWidths.indexOf(Math.max(...colWidths));
  [colWidths[widest], colWidths[settlement.col]] = [colWidths[settlement.col]!, colWidths[widest]!];
  const fieldHeights = spread(rows - 1, 85, 215, rng);
  const rowHeights = Array.from({ length: rows }, (_, r) =>
    r === settlement.row ? SETTLEMENT_ROW_HEIGHT : fieldHeights[r < settlement.row ? r : r - 1]!,
  );

  // Frames: each column has its own row boundaries, so blocks in neighbouring columns don't line up.
  const frames: Frame[][] = [];
  const outer: { bottom: Line; top: Line }[] = [];
  let x = 0;
  for (let c = 0; c < cols; c++) {
    x += vWidths[c]!;
    const l = x;
    const r = x + colWidths[c]!;
    x = r;
    const xm = (l + r) / 2;
    const column: Frame[] = [];
    let bottom: Line = { y0: hWidths[0]! + rng.float(-15, 15), slope: rng.float(-EDGE_SLOPE, EDGE_SLOPE), xm };
    const outerBottom = shifted(bottom, -hWidths[0]!);
    for (let row = 0; row < rows; row++) {
      const top: Line = { y0: bottom.y0 + rowHeights[row]! + rng.float(-8, 8), slope: rng.float(-EDGE_SLOPE, EDGE_SLOPE), xm };
      column.push({ l, r, bottom, top });
      bottom = shifted(top, hWidths[row + 1]!);
    }
    frames.push(column);
    outer.push({ bottom: outerBottom, top: bottom });
  }

  // Strip counts per block: longer strips get a somewhat larger share of area, as on the ground.
  const rawCounts = frames.map((column, c) =>
    column.map((f, r) => {
      if (isSettlement(c, r)) return 0;
      const length = f.top.y0 - f.bottom.y0;
      return ((f.r - f.l) * length) / (1000 + 6 * length);
    }),
  );
  const factor = spec.stripTarget / rawCounts.flat().reduce((s, n) => s + n, 0);

  const blocks: Block[][] = frames.map((column, c) =>
    column.map((f, r) => {
      if (isSettlement(c, r)) {
        return { col: c, row: r, settlement: true, bottom: [at(f.bottom, f.l), at(f.bottom, f.r)], top: [at(f.top, f.l), at(f.top, f.r)], strips: [] };
      }
      const n = Math.min(Math.max(1, Math.round(rawCounts[c]![r]! * factor)), Math.floor((f.r - f.l) / (MIN_STRIP_WIDTH * 1.2)));
      return { col: c, row: r, settlement: false, ...buildStrips(f, n, rng) };
    }),
  );

  const outerPts = outer.map((o, c) => {
    const f = frames[c]![0]!;
    return { bottom: [at(o.bottom, f.l), at(o.bottom, f.r)], top: [at(o.top, f.l), at(o.top, f.r)] };
  });
  return { blocks, gaps: [...verticalGaps(blocks, outerPts, vKinds, vWidths), ...horizontalGaps(blocks, outerPts, hKinds, cols + 1)] };
}

type OuterPts = { bottom: Pt[]; top: Pt[] }[];

/** Corners down one side of a column, bottom to top, including the outer edge of the perimeter gaps. */
function columnSide(blocks: Block[][], outer: OuterPts, c: number, side: 'left' | 'right'): Pt[] {
  const pick = (edge: Pt[]): Pt => (side === 'left' ? edge[0]! : edge[edge.length - 1]!);
  const pts = [pick(outer[c]!.bottom)];
  for (const b of blocks[c]!) pts.push(pick(b.bottom), pick(b.top));
  pts.push(pick(outer[c]!.top));
  return pts;
}

function verticalGaps(blocks: Block[][], outer: OuterPts, kinds: GapKind[], widths: number[]): Gap[] {
  const cols = blocks.length;
  return kinds.map((kind, k) => {
    let ring: Pt[];
    if (k === 0) {
      const east = columnSide(blocks, outer, 0, 'left');
      const xw = east[0]!.x - widths[0]!;
      ring = [...east, { x: xw, y: east[east.length - 1]!.y }, { x: xw, y: east[0]!.y }];
    } else if (k === cols) {
      const west = columnSide(blocks, outer, cols - 1, 'right');
      const xe = west[0]!.x + widths[k]!;
      ring = [{ x: xe, y: west[0]!.y }, { x: xe, y: west[west.length - 1]!.y }, ...west.reverse()];
    } else {
      ring = [...columnSide(blocks, outer, k, 'left'), ...columnSide(blocks, outer, k - 1, 'right').reverse()];
    }
    return { kind, lineNo: k, ring };
  });
}

/** Gaps between rows, one piece per column; crossings belong to the north–south gaps. */
function horizontalGaps(blocks: Block[][], outer: OuterPts, kinds: GapKind[], firstLineNo: number): Gap[] {
  const rows = kinds.length - 1;
  return kinds.flatMap((kind, k) =>
    blocks.map((column, c) => {
      const south = k === 0 ? outer[c]!.bottom : column[k - 1]!.top;
      const north = k === rows ? outer[c]!.top : column[k]!.bottom;
      return { kind, lineNo: firstLineNo + k, ring: [...south, ...[...north].reverse()] };
    }),
  );
}
