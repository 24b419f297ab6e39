import Flatbush from 'flatbush';

/** Coordinates of one parcel as stored: polygons → rings → [x, y], outer ring first (project CRS). */
export type Rings = number[][][];
export type MultiRings = Rings[];
export type BBox = [number, number, number, number];

export interface CheckParcel {
  id: number;
  code: string;
  registeredM2: number | null;
  polygons: MultiRings;
}

/** The parcels of one check run with their boxes in a static R-tree (flatbush), in input order. */
export interface ParcelSet {
  srsId: number;
  parcels: readonly CheckParcel[];
  bboxes: readonly BBox[];
  index: Flatbush;
  /** Parcel position of each index slot: parcels without coordinates are left out of the index. */
  slots: readonly number[];
}

export function bboxOf(polygons: MultiRings): BBox {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of polygons) for (const ring of poly) for (const p of ring) {
    const x = p[0]!, y = p[1]!;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function buildParcelSet(parcels: readonly CheckParcel[], srsId: number): ParcelSet {
  const bboxes = parcels.map((p) => bboxOf(p.polygons));
  const slots = bboxes.flatMap((b, i) => (Number.isFinite(b[0]) ? [i] : []));
  // Flatbush refuses an empty tree; one slot far away keeps an empty project checkable.
  const index = new Flatbush(Math.max(1, slots.length));
  for (const i of slots) index.add(...bboxes[i]!);
  if (slots.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { srsId, parcels, bboxes, index, slots };
}

/** Positions of the parcels whose boxes meet `b` (touching counts). */
export const parcelsNear = (set: ParcelSet, b: BBox): number[] =>
  set.slots.length === 0 ? [] : set.index.search(b[0], b[1], b[2], b[3]).map((slot) => set.slots[slot]!);

/** The parcel's box, or null when it has no coordinates. */
export const placedBBox = (set: ParcelSet, i: number): BBox | null => (Number.isFinite(set.bboxes[i]![0]) ? set.bboxes[i]! : null);

export const mergeBBox = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
