/**
 * Homestead plots (宅基地) in the settlement cell: east–west rows of rectangular plots facing
 * lanes, split by a north–south main street, as in Heze plain villages.
 */
import type { Block, Pt } from './layout';
import type { Rng } from './rng';

const MARGIN = 10;
const STREET_HALF_WIDTH = 3.5;

const tenth = (v: number): number => Math.round(v * 10) / 10;

/** Open CCW rectangles, filled north to south; neighbours in a row share their side exactly. */
export function layOutHomesteads(cell: Block, count: number, rng: Rng): Pt[][] {
  const [bl, br] = cell.bottom as [Pt, Pt];
  const [tl, tr] = cell.top as [Pt, Pt];
  const west = bl.x + MARGIN;
  const east = br.x - MARGIN;
  const south = Math.max(bl.y, br.y) + MARGIN;
  const mid = (west + east) / 2;
  const halves: [number, number][] = [
    [west, mid - STREET_HALF_WIDTH],
    [mid + STREET_HALF_WIDTH, east],
  ];
  const plots: Pt[][] = [];
  let rowTop = Math.min(tl.y, tr.y) - MARGIN;
  while (plots.length < count) {
    const rowBottom = rowTop - tenth(rng.float(14, 17));
    if (rowBottom < south) throw new Error(`settlement cell holds only ${plots.length} of ${count} homesteads`);
    for (const [start, end] of halves) {
      let x = start;
      while (plots.length < count) {
        const next = x + tenth(rng.float(10, 14));
        if (next > end) break;
        plots.push([
          { x, y: rowBottom },
          { x: next, y: rowBottom },
          { x: next, y: rowTop },
          { x, y: rowTop },
        ]);
        x = next;
      }
    }
    rowTop = rowBottom - tenth(rng.float(4.5, 6)); // the lane in front of the next row
  }
  return plots;
}
