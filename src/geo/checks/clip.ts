import { difference, intersection, union, type Geom } from 'polyclip-ts';
import type { MultiRings } from './parcel-set';

/**
 * Exact polygon clipping (polyclip-ts) on coordinates moved next to a local origin: with 8-digit
 * Gauss-Krüger eastings the sweep would otherwise compare numbers whose last digits are noise.
 */

const shift = (m: MultiRings, ox: number, oy: number): Geom =>
  m.map((rings) => rings.map((ring) => ring.map((p) => [p[0]! - ox, p[1]! - oy] as [number, number])));

const unshift = (m: number[][][][], ox: number, oy: number): MultiRings =>
  m.map((rings) => rings.map((ring) => ring.map((p) => [p[0]! + ox, p[1]! + oy])));

function originOf(m: MultiRings): [number, number] {
  const p = m[0]?.[0]?.[0];
  return p ? [p[0]!, p[1]!] : [0, 0];
}

export function clipIntersection(a: MultiRings, b: MultiRings): MultiRings {
  const [ox, oy] = originOf(a);
  return unshift(intersection(shift(a, ox, oy), shift(b, ox, oy)), ox, oy);
}

export function clipUnion(parts: MultiRings[]): MultiRings {
  if (parts.length === 0) return [];
  const [ox, oy] = originOf(parts[0]!);
  const [first, ...rest] = parts.map((p) => shift(p, ox, oy));
  return unshift(union(first!, ...rest), ox, oy);
}

export function clipDifference(a: MultiRings, minus: MultiRings[]): MultiRings {
  const [ox, oy] = originOf(a);
  return unshift(difference(shift(a, ox, oy), ...minus.map((m) => shift(m, ox, oy))), ox, oy);
}
