import type { AreaGeometry } from '../domain/geometry';

/** The same geometry with every position passed through `f` (a reprojection), rings and parts kept. */
export const mapGeometry = (g: AreaGeometry, f: (p: readonly number[]) => [number, number]): AreaGeometry =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
