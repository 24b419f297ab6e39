import { describe, expect, it } from 'vitest';
import { assemblePolygon, signedArea2 } from '../../../src/io/shapefile/polygon-rings';
import { square, squareHole, X0, Y0 } from './fixtures';

/** Rings as a shapefile stores them: outer clockwise, holes counter-clockwise. */
const cw = (x: number, y: number, s: number) => square(x, y, s).reverse();
const ccw = square;

describe('assemblePolygon', () => {
  it('turns one clockwise ring into a counter-clockwise GeoJSON polygon', () => {
    expect(assemblePolygon([cw(X0, Y0, 10)])).toEqual({ type: 'Polygon', coordinates: [square(X0, Y0, 10)] });
  });

  it('puts each hole into the outer ring that contains it, whatever the ring order', () => {
    const rings = [ccw(X0 + 102, Y0 + 2, 3), cw(X0, Y0, 50), cw(X0 + 100, Y0, 50), ccw(X0 + 5, Y0 + 5, 10)];
    expect(assemblePolygon(rings)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [square(X0, Y0, 50), squareHole(X0 + 5, Y0 + 5, 10)],
        [square(X0 + 100, Y0, 50), squareHole(X0 + 102, Y0 + 2, 3)],
      ],
    });
  });

  it('gives a hole inside an island inside a hole to the island, the smallest container', () => {
    const rings = [cw(X0, Y0, 100), ccw(X0 + 10, Y0 + 10, 80), cw(X0 + 20, Y0 + 20, 60), ccw(X0 + 30, Y0 + 30, 10)];
    const geometry = assemblePolygon(rings);
    expect(geometry.type).toBe('MultiPolygon');
    expect(geometry.coordinates).toEqual([
      [square(X0, Y0, 100), squareHole(X0 + 10, Y0 + 10, 80)],
      [square(X0 + 20, Y0 + 20, 60), squareHole(X0 + 30, Y0 + 30, 10)],
    ]);
  });

  it('keeps a hole that touches its outer ring at a vertex in that ring', () => {
    const hole = [[X0, Y0], [X0 + 5, Y0 + 2], [X0 + 5, Y0 + 8], [X0 + 2, Y0 + 5], [X0, Y0]];
    expect(signedArea2(hole)).toBeGreaterThan(0);
    const expectedHole = hole.slice().reverse();
    const geometry = assemblePolygon([cw(X0, Y0, 10), hole]);
    expect(geometry).toEqual({ type: 'Polygon', coordinates: [square(X0, Y0, 10), expectedHole] });
  });

  it('makes a counter-clockwise ring inside no outer ring an outer ring of its own', () => {
    expect(assemblePolygon([ccw(X0, Y0, 10)])).toEqual({ type: 'Polygon', coordinates: [square(X0, Y0, 10)] });
    expect(assemblePolygon([cw(X0, Y0, 10), ccw(X0 + 50, Y0, 10)]).coordinates).toEqual([[square(X0, Y0, 10)], [square(X0 + 50, Y0, 10)]]);
  });

  it('keeps the orientation of 8-digit zone coordinates exact for a 1 cm sliver', () => {
    const sliver = [[X0, Y0], [X0 + 100, Y0], [X0 + 100, Y0 + 0.01], [X0, Y0 + 0.01], [X0, Y0]];
    expect(signedArea2(sliver)).toBeCloseTo(2, 6);
  });
});
