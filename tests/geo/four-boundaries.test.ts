import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../src/domain/geometry';
import { boundaryLabel, fourBoundaries } from '../../src/geo/four-boundaries';

// Near 单县 in EPSG:4527, so the arithmetic runs on 8-digit eastings as in real projects.
const X0 = 39402000;
const Y0 = 3860000;

function box(x0: number, y0: number, x1: number, y1: number): AreaGeometry {
  return { type: 'Polygon', coordinates: [[[X0 + x0, Y0 + y0], [X0 + x1, Y0 + y0], [X0 + x1, Y0 + y1], [X0 + x0, Y0 + y1], [X0 + x0, Y0 + y0]]] };
}

function rotated(g: AreaGeometry, deg: number): AreaGeometry {
  const t = (deg * Math.PI) / 180;
  const r = ([x, y]: [number, number]): [number, number] => {
    const dx = x - X0;
    const dy = y - Y0;
    return [X0 + dx * Math.cos(t) - dy * Math.sin(t), Y0 + dx * Math.sin(t) + dy * Math.cos(t)];
  };
  if (g.type !== 'Polygon') throw new Error('fixture is a polygon');
  return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) };
}

const ring = (g: AreaGeometry) => (g as Extract<AreaGeometry, { type: 'Polygon' }>).coordinates[0]!;

const target = box(0, 0, 50, 100);

describe('fourBoundaries', () => {
  it('names the ditch to the east, the road to the south, the household to the west and the two longest to the north', () => {
    const neighbours = [
      { geometry: box(50, -10, 53, 110), label: boundaryLabel({ kind: 'ditch', name: '王桥一号沟' }) },
      { geometry: box(-60, -6, 60, 0), label: boundaryLabel({ kind: 'road', name: '王桥一号路' }) },
      { geometry: box(-50, 0, 0, 100), label: boundaryLabel({ kind: 'parcel', headName: '张三', parcelName: '东大地' }) },
      { geometry: box(0, 100, 30, 200), label: boundaryLabel({ kind: 'parcel', headName: '李四', parcelName: '北地' }) },
      { geometry: box(30, 100, 45, 200), label: boundaryLabel({ kind: 'parcel', headName: null, parcelName: '后洼地' }) },
      { geometry: box(45, 100, 50, 200), label: boundaryLabel({ kind: 'homestead' }) },
      // Touches only the north-west corner, and lies beyond the road: neither is a boundary.
      { geometry: box(-50, 100, 0, 200), label: '赵六地' },
      { geometry: box(0, -56, 50, -6), label: '孙七地' },
    ];
    expect(fourBoundaries(target, neighbours)).toEqual({ east: '沟渠', south: '王桥一号路', west: '张三地', north: '李四地、后洼地' });
  });

  it('leaves a side with no neighbour empty for the planner to fill', () => {
    const neighbours = [
      { geometry: box(50, 0, 100, 100), label: '甲地' },
      { geometry: box(0, 100, 50, 200), label: '乙地' },
      { geometry: box(-50, 0, 0, 100), label: '丙地' },
    ];
    expect(fourBoundaries(target, neighbours)).toEqual({ east: '甲地', south: '', west: '丙地', north: '乙地' });
  });

  it('counts a neighbour across a gap within the tolerance and not one beyond it', () => {
    const near = [{ geometry: box(50.6, 0, 100, 100), label: '甲地' }];
    expect(fourBoundaries(target, near).east).toBe('甲地');
    expect(fourBoundaries(target, near, { gapToleranceM: 0.5 }).east).toBe('');
    expect(fourBoundaries(target, [{ geometry: box(52, 0, 100, 100), label: '甲地' }]).east).toBe('');
  });

  it('adds up the parcels of one household along a side and ranks it before a longer single parcel of another', () => {
    const neighbours = [
      { geometry: box(50, 0, 90, 30), label: '张三地' },
      { geometry: box(50, 60, 90, 100), label: '张三地' },
      { geometry: box(50, 30, 90, 60), label: '李四地' },
    ];
    expect(fourBoundaries(target, neighbours).east).toBe('张三地、李四地');
    expect(fourBoundaries(target, neighbours, { maxLabelsPerSide: 1 }).east).toBe('张三地');
  });

  it('reads sides from the outward normals of a diagonal parcel, whichever way its ring runs', () => {
    const local = [
      { geometry: box(40, 0, 80, 40), label: '甲地' },
      { geometry: box(0, 40, 40, 80), label: '乙地' },
      { geometry: box(-40, 0, 0, 40), label: '丙地' },
      { geometry: box(0, -40, 40, 0), label: '丁地' },
    ];
    const diag = rotated(box(0, 0, 40, 40), 30);
    const neighbours = local.map((n) => ({ ...n, geometry: rotated(n.geometry, 30) }));
    const expected = { east: '甲地', north: '乙地', west: '丙地', south: '丁地' };
    expect(fourBoundaries(diag, neighbours)).toEqual(expected);
    const clockwise: AreaGeometry = { type: 'Polygon', coordinates: [[...ring(diag)].reverse()] };
    expect(fourBoundaries(clockwise, neighbours)).toEqual(expected);
    // Turned 60°, the edge shared with the local right-hand neighbour faces 60°: that neighbour is now north.
    const steep = local.map((n) => ({ ...n, geometry: rotated(n.geometry, 60) }));
    expect(fourBoundaries(rotated(box(0, 0, 40, 40), 60), steep)).toEqual({ north: '甲地', west: '乙地', south: '丙地', east: '丁地' });
  });

  it('gives a side no edge faces the edges within 90° of it, so a triangle still has four sides', () => {
    // Right triangle with its hypotenuse facing north-east: the north side takes the hypotenuse.
    const tri: AreaGeometry = { type: 'Polygon', coordinates: [[[X0, Y0], [X0 + 60, Y0], [X0, Y0 + 60], [X0, Y0]]] };
    const neighbours = [
      { geometry: box(0, -10, 60, 0), label: '道路' },
      { geometry: box(-10, 0, 0, 60), label: '沟渠' },
      { geometry: { type: 'Polygon', coordinates: [[[X0 + 60, Y0], [X0 + 60, Y0 + 60], [X0, Y0 + 60], [X0 + 60, Y0]]] } as AreaGeometry, label: '甲地' },
    ];
    expect(fourBoundaries(tri, neighbours)).toEqual({ east: '甲地', north: '甲地', west: '沟渠', south: '道路' });
  });

  it('sees neighbours around a hole and across the parts of a multipolygon', () => {
    const holed: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [ring(box(0, 0, 100, 100)), ring(box(40, 40, 60, 60)).slice().reverse()],
        [ring(box(200, 0, 250, 100))],
      ],
    };
    // The hole's east edge faces west (outward from the parcel into the hole).
    const inHole = [{ geometry: box(40, 40, 60, 60), label: '宅基地' }];
    expect(fourBoundaries(holed, inHole)).toEqual({ east: '宅基地', south: '宅基地', west: '宅基地', north: '宅基地' });
    expect(fourBoundaries(holed, [{ geometry: box(250, 0, 300, 100), label: '甲地' }]).east).toBe('甲地');
  });
});
