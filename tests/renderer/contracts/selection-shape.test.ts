import { describe, expect, it } from 'vitest';
import { boxRing, closeRing, interiorIntersects, ringBBox } from '../../../renderer/contracts/selection-shape';

const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('box and lasso selection', () => {
  const box = boxRing([116, 34, 116.001, 34.001]);

  it('takes a parcel whose interior overlaps the box, even partly', () => {
    expect(interiorIntersects(square(116.0005, 34.0005, 0.001), box)).toBe(true);
  });

  it('leaves out a parcel that only touches the box along an edge, or lies outside it', () => {
    expect(interiorIntersects(square(116.001, 34, 0.001), box)).toBe(false);
    expect(interiorIntersects(square(116.01, 34.01, 0.001), box)).toBe(false);
  });

  it('tests multipolygons part by part against a closed lasso', () => {
    const lasso = closeRing([[116, 34], [116.002, 34], [116, 34.002]]);
    expect(lasso).toHaveLength(4);
    const far = square(116.01, 34.01, 0.001).coordinates;
    const inside = square(116.0002, 34.0002, 0.0002).coordinates;
    expect(interiorIntersects({ type: 'MultiPolygon', coordinates: [far, inside] }, lasso)).toBe(true);
    expect(interiorIntersects({ type: 'MultiPolygon', coordinates: [far] }, lasso)).toBe(false);
    expect(ringBBox(lasso)).toEqual([116, 34, 116.002, 34.002]);
  });
});
