/**
 * Small planar helpers for checking the demo in Gauss-Krüger metres. Written independently of
 * the generator so the tests don't reuse the code they check; turf assumes lon/lat, so it can't
 * measure these coordinates directly.
 */
export type Xy = [number, number];

/** Signed shoelace area of an open or closed ring (positive = counter-clockwise). */
export function signedArea(ring: readonly (readonly number[])[]): number {
  const [x0, y0] = ring[0] as [number, number];
  let sum = 0;
  for (let i = 1; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

/** Drops the closing position and shifts to a local origin so products stay precise. */
export function localRing(ring: readonly (readonly number[])[], origin: Xy): Xy[] {
  return ring.slice(0, -1).map((p) => [p[0]! - origin[0], p[1]! - origin[1]]);
}

const side = (a: Xy, b: Xy, p: Xy): number => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);

function crossing(a: Xy, b: Xy, p: Xy, q: Xy): Xy {
  const t = side(a, b, p) / (side(a, b, p) - side(a, b, q));
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/**
 * Sutherland–Hodgman: the part of `subject` (any simple polygon) inside `clip` (convex, CCW).
 * Open rings in, open ring out; its area is the overlap area.
 */
export function clipToConvex(subject: Xy[], clip: Xy[]): Xy[] {
  let out = subject;
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const a = clip[i]!;
    const b = clip[(i + 1) % clip.length]!;
    const input = out;
    out = [];
    input.forEach((q, j) => {
      const p = input[(j + input.length - 1) % input.length]!;
      const qIn = side(a, b, q) >= 0;
      const pIn = side(a, b, p) >= 0;
      if (qIn) {
        if (!pIn) out.push(crossing(a, b, p, q));
        out.push(q);
      } else if (pIn) out.push(crossing(a, b, p, q));
    });
  }
  return out;
}

export const overlapArea = (subject: Xy[], clip: Xy[]): number => {
  const part = clipToConvex(subject, clip);
  return part.length < 3 ? 0 : Math.abs(signedArea([...part, part[0]!]));
};

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const boxOf = (ring: Xy[]): Box => ({
  minX: Math.min(...ring.map((p) => p[0])),
  minY: Math.min(...ring.map((p) => p[1])),
  maxX: Math.max(...ring.map((p) => p[0])),
  maxY: Math.max(...ring.map((p) => p[1])),
});

export const boxesMeet = (a: Box, b: Box): boolean => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
