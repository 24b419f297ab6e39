import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../src/domain/geometry';
import { closeRings, normaliseOrientation, validatePolygon } from '../../src/geo/polygon-validity';

const X = 39402000;
const Y = 3820000;
const poly = (...rings: number[][][]): AreaGeometry => ({ type: 'Polygon', coordinates: rings.map((r) => r.map(([x, y]) => [X + x!, Y + y!] as [number, number])) });
const square = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const kinds = (g: AreaGeometry) => validatePolygon(g).map((i) => i.kind);

describe('validatePolygon', () => {
  it('accepts a square with a hole and a multipolygon of two squares', () => {
    expect(validatePolygon(poly(square(0, 0, 100), square(10, 10, 5)))).toEqual([]);
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [poly(square(0, 0, 10)).coordinates as never, poly(square(20, 0, 10)).coordinates as never] };
    expect(validatePolygon(multi)).toEqual([]);
  });

  it('reports a bow-tie with the crossing point in project coordinates', () => {
    const issues = validatePolygon(poly([[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'self_intersection', at: [X + 5, Y + 5] });
  });

  it('reports a ring that touches itself at a vertex and a spike that doubles back', () => {
    expect(kinds(poly([[0, 0], [10, 0], [10, 10], [5, 0], [0, 10], [0, 0]]))).toEqual(['self_intersection']);
    expect(kinds(poly([[0, 0], [10, 0], [10, 10], [10, 15], [10, 12], [0, 10], [0, 0]]))).toContain('self_intersection');
  });

  it('allows repeated consecutive points', () => {
    expect(validatePolygon(poly([[0, 0], [10, 0], [10, 0], [10, 10], [0, 10], [0, 0]]))).toEqual([]);
  });

  it('reports open, short, degenerate and non-finite rings', () => {
    expect(kinds(poly([[0, 0], [10, 0], [10, 10], [0, 10]]))).toEqual(['not_closed']);
    expect(kinds(poly([[0, 0], [10, 0], [0, 0]]))).toEqual(['too_few_points']);
    expect(kinds(poly([[0, 0], [10, 0], [20, 0], [0, 0]]))).toEqual(['zero_area']);
    expect(kinds(poly([[0, 0], [Number.NaN, 0], [10, 10], [0, 0]]))).toEqual(['non_finite']);
    expect(kinds({ type: 'MultiPolygon', coordinates: [] } as unknown as AreaGeometry)).toEqual(['empty']);
  });

  it('reports a hole outside its shell and a hole crossing its shell', () => {
    expect(kinds(poly(square(0, 0, 10), square(20, 20, 5)))).toEqual(['hole_outside']);
    expect(kinds(poly(square(0, 0, 10), square(5, 5, 10)))).toEqual(['self_intersection', 'self_intersection']);
  });

  it('allows a hole touching its shell at one point', () => {
    expect(validatePolygon(poly(square(0, 0, 10), [[0, 5], [5, 4], [5, 6], [0, 5]]))).toEqual([]);
  });

  it('finds a crossing in a long ring with the sweep, as brute force would', () => {
    const n = 400;
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [100 * Math.cos(a), 100 * Math.sin(a)];
    });
    expect(validatePolygon(poly([...ring, ring[0]!]))).toEqual([]);
    const crossed = [...ring];
    [crossed[10], crossed[11]] = [crossed[11]!, crossed[10]!];
    const issues = validatePolygon(poly([...crossed, crossed[0]!]));
    expect(issues.map((i) => i.kind)).toEqual(['self_intersection']);
    expect(issues[0]!.at![0]).toBeCloseTo(X + (ring[10]![0]! + ring[11]![0]!) / 2, 1);
  });
});

describe('ring helpers', () => {
  it('closes open rings and orients shells counter-clockwise, holes clockwise', () => {
    expect(closeRings([[[0, 0], [1, 0], [1, 1]]])).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
    const cw = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const out = normaliseOrientation([cw, [...cw]]);
    expect(out[0]).toEqual([...cw].reverse());
    expect(out[1]).toEqual(cw);
  });
});
