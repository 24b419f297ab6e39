/**
 * Survey tables (界址点成果表) list X = north and Y = east, so files built from them often hold
 * (northing, easting) pairs. In Shandong a northing is 3.7–4.3 million metres and an easting either
 * 8 digits with the zone prefix or 6 digits around 500 km, which tells the two apart.
 */

const isNorthing = (v: number) => v > 3_000_000 && v < 6_000_000;
const isEasting = (v: number) => (v >= 1e7 && v < 1e8) || (v > 100_000 && v < 900_000);

/** True when most sampled points read as (northing, easting) rather than (easting, northing). */
export function looksSwapped(points: readonly (readonly number[])[]): boolean {
  if (points.length === 0) return false;
  const swapped = points.filter(([x, y]) => isNorthing(x!) && isEasting(y!) && !(isEasting(x!) && isNorthing(y!))).length;
  return swapped * 2 > points.length;
}

type Nested = number | Nested[];

/** Swaps the first two numbers of every position in GeoJSON-style nested coordinates. */
export function swapAxes<T>(coordinates: T): T {
  const walk = (c: Nested): Nested => {
    if (!Array.isArray(c)) return c;
    if (typeof c[0] === 'number') return [c[1]!, c[0], ...c.slice(2)] as Nested;
    return c.map(walk);
  };
  return walk(coordinates as Nested) as T;
}

/** Up to `limit` positions from GeoJSON-style nested coordinates, for sniffing. */
export function samplePositions(coordinates: unknown, limit = 20): number[][] {
  const out: number[][] = [];
  const walk = (c: unknown) => {
    if (out.length >= limit || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') out.push(c as number[]);
    else for (const child of c) walk(child);
  };
  walk(coordinates);
  return out;
}
