/**
 * Permanent basic farmland (永久基本农田) patches. Each patch is the outline of a rectangle of whole
 * field blocks (roads and ditches between them included), so every parcel is wholly in or out.
 */
import type { Block, Pt } from './layout';
import type { Rng } from './rng';

export interface BlockRect {
  readonly c0: number;
  readonly c1: number;
  readonly r0: number;
  readonly r1: number;
}

const cells = (q: BlockRect): [number, number][] => {
  const out: [number, number][] = [];
  for (let c = q.c0; c <= q.c1; c++) for (let r = q.r0; r <= q.r1; r++) out.push([c, r]);
  return out;
};

/**
 * Greedily picks disjoint block rectangles, larger first, until their parcel area lies in
 * [minShare, maxShare] of the village's; the settlement cell is never included.
 */
export function pickFarmlandRects(blocks: Block[][], blockArea: (b: Block) => number, rng: Rng, minShare = 0.62, maxShare = 0.75): BlockRect[] {
  const cols = blocks.length;
  const rows = blocks[0]!.length;
  const total = blocks.flat().reduce((s, b) => s + blockArea(b), 0);
  const candidates: BlockRect[] = [];
  for (let w = 1; w <= 4; w++)
    for (let h = 1; h <= 4; h++)
      for (let c0 = 0; c0 + w <= cols; c0++)
        for (let r0 = 0; r0 + h <= rows; r0++) candidates.push({ c0, c1: c0 + w - 1, r0, r1: r0 + h - 1 });
  const size = (q: BlockRect): number => (q.c1 - q.c0 + 1) * (q.r1 - q.r0 + 1);
  // Shuffle first so equal sizes come in seed order; cap at 12 blocks so there are a few patches.
  const ordered = rng.shuffle(candidates.filter((q) => size(q) <= 12)).sort((a, b) => size(b) - size(a));

  const taken = new Set<string>();
  const picked: BlockRect[] = [];
  let covered = 0;
  for (const q of ordered) {
    if (covered >= minShare * total) break;
    const qc = cells(q);
    if (qc.some(([c, r]) => blocks[c]![r]!.settlement || taken.has(`${c},${r}`))) continue;
    const area = qc.reduce((s, [c, r]) => s + blockArea(blocks[c]![r]!), 0);
    if (covered + area > maxShare * total) continue;
    qc.forEach(([c, r]) => taken.add(`${c},${r}`));
    picked.push(q);
    covered += area;
  }
  return picked;
}

/** Open CCW outline through every block vertex on the rectangle's edge, so shared edges match exactly. */
export function rectRing(blocks: Block[][], q: BlockRect): Pt[] {
  const pts: Pt[] = [];
  for (let c = q.c0; c <= q.c1; c++) pts.push(...blocks[c]![q.r0]!.bottom);
  for (let r = q.r0; r <= q.r1; r++) {
    const b = blocks[q.c1]![r]!;
    pts.push(b.bottom[b.bottom.length - 1]!, b.top[b.top.length - 1]!);
  }
  for (let c = q.c1; c >= q.c0; c--) pts.push(...[...blocks[c]![q.r1]!.top].reverse());
  for (let r = q.r1; r >= q.r0; r--) {
    const b = blocks[q.c0]![r]!;
    pts.push(b.top[0]!, b.bottom[0]!);
  }
  return pts.filter((p, i) => p !== pts[(i + 1) % pts.length]);
}
