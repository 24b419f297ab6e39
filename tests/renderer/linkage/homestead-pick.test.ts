import { describe, expect, it } from 'vitest';
import { featuresAt, toggled } from '../../../renderer/linkage/homestead-pick';

const square = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('picking homesteads by a click', () => {
  const features = [
    { id: 1, geometry: { type: 'Polygon' as const, coordinates: [square(0, 0, 10), square(4, 4, 2)] } },
    { id: 2, geometry: { type: 'MultiPolygon' as const, coordinates: [[square(20, 0, 5)], [square(30, 0, 5)]] } },
  ];

  it('finds the homestead under the point, in any part of a multipolygon', () => {
    expect(featuresAt(features, 1, 1)).toEqual([1]);
    expect(featuresAt(features, 32, 2)).toEqual([2]);
  });

  it('finds nothing in a hole or outside every homestead', () => {
    expect(featuresAt(features, 5, 5)).toEqual([]);
    expect(featuresAt(features, 15, 5)).toEqual([]);
  });

  it('unpicks a homestead clicked a second time', () => {
    expect(toggled([1, 2], 2)).toEqual([1]);
    expect(toggled([1], 2)).toEqual([1, 2]);
  });
});
