import { describe, expect, it } from 'vitest';
import {
  CHINA_EXTENT,
  clampToRegion,
  geometryRangeIssue,
  lonLatCheckFor,
  lonLatInChina,
  pointsRangeIssue,
  positionCheck,
} from '../../src/geo/coordinate-range';
import { fromLonLatConverter } from '../../src/geo/crs';

/** 单县 (≈116.1°E 34.8°N) lies in zone 39, 0.9° west of its central meridian 117°E. */
const SHANXIAN: [number, number] = [116.1, 34.8];
const square = (x: number, y: number, d: number): [number, number][][] => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];

describe('longitude and latitude of a Chinese register', () => {
  it('accepts a place in China on both datums LandLink reads (CGCS2000 and WGS 84)', () => {
    expect(positionCheck(4490)(SHANXIAN)).toBeNull();
    expect(positionCheck(4326)([CHINA_EXTENT.east, CHINA_EXTENT.north])).toBeNull();
  });

  it('refuses a Gauss-Krüger easting given as a longitude, with the value and the range −180…180', () => {
    expect(lonLatInChina([39_540_000, 3_860_000])).toBe('经度 39540000 超出范围（−180…180）');
    expect(lonLatInChina([116.1, 95])).toBe('纬度 95 超出范围（−90…90）');
  });

  it('refuses a place on Earth outside China with China’s extent 73…136°E, 3…54°N', () => {
    expect(lonLatInChina([2.35, 48.85])).toBe('经度 2.35 不在中国范围内（73…136）');
    expect(lonLatInChina([116.1, -34.8])).toBe('纬度 -34.8 不在中国范围内（3…54）');
  });
});

describe('Gauss-Krüger coordinates in a 3° zone', () => {
  const zone39 = fromLonLatConverter(4527)(SHANXIAN);
  const plain39 = fromLonLatConverter(4548)(SHANXIAN);

  it('accepts 单县 in zone 39 with the zone prefix (EPSG:4527) and without it (EPSG:4548)', () => {
    expect(zone39[0]).toBeGreaterThan(39_000_000);
    expect(positionCheck(4527)(zone39)).toBeNull();
    expect(positionCheck(4548)(plain39)).toBeNull();
  });

  it('refuses an easting whose form does not match the CRS: a plain easting under a prefixed CRS and the reverse', () => {
    expect(positionCheck(4527)([417_640, 3_853_000])).toBe('东坐标 417640 不符合 EPSG:4527（应为带号 39 的 8 位东坐标，39000000…40000000）');
    expect(positionCheck(4548)([39_417_640, 3_853_000])).toBe('东坐标 39417640 不符合 EPSG:4548（应为不带带号的 6 位东坐标，0…1000000）');
    expect(positionCheck(4527)([40_402_000, 3_860_000])).toMatch(/不符合 EPSG:4527/);
  });

  it('refuses a northing outside China’s latitudes, naming the range in the CRS', () => {
    expect(positionCheck(4527)([39_500_000, 300_000])).toBe('北坐标 300000 超出中国的纬度范围（EPSG:4527 中为 331726…5990084）');
    expect(positionCheck(4548)([500_000, 6_100_000])).toMatch(/^北坐标 6100000 超出中国的纬度范围/);
  });

  it('accepts a county across the zone edge and refuses a point more than 3° from the central meridian', () => {
    // 沂水 reaches 118.2°E, west of zone 40's edge at 118.5°E; its register in zone 40 keeps it.
    expect(positionCheck(4528)(fromLonLatConverter(4528)([118.2, 35.8]))).toBeNull();
    expect(positionCheck(4528)(fromLonLatConverter(4528)([116.9, 35.8]))).toMatch(/^东坐标 40\d+\.?\d* 距 EPSG:4528 的中央经线 120° 超过 3°（该纬度应为 40\d+…40\d+）$/);
    expect(positionCheck(4527)([39_900_000, 3_860_000])).toBe('东坐标 39900000 距 EPSG:4527 的中央经线 117° 超过 3°（该纬度应为 39225393…39774607）');
  });
});

describe('lon/lat input to a project', () => {
  it('holds a Gauss-Krüger project to its zone’s reach and a lon/lat project to China', () => {
    expect(lonLatCheckFor(4527)(SHANXIAN)).toBeNull();
    expect(lonLatCheckFor(4527)([110, 34.8])).toBe('经度 110 距项目坐标系 EPSG:4527 的中央经线 117° 超过 3°（114…120）');
    expect(lonLatCheckFor(4490)([110, 34.8])).toBeNull();
    expect(lonLatCheckFor(4527)([39_540_000, 3_860_000])).toBe('经度 39540000 超出范围（−180…180）');
  });
});

describe('the vertex an issue names', () => {
  it('names ring and vertex of a polygon, counting from 1, with the index path for the field', () => {
    const rings = square(116.1, 34.8, 0.001);
    rings[0]![3] = [39_540_000, 34.801];
    expect(geometryRangeIssue({ type: 'Polygon', coordinates: rings }, lonLatInChina)).toEqual({
      path: [0, 3],
      message: '第 1 环第 4 个顶点的经度 39540000 超出范围（−180…180）',
    });
  });

  it('names the part of a multipolygon, and the point of a line', () => {
    const bad = square(116.1, 34.8, 0.001);
    bad[0]![2] = [116.101, 95];
    expect(geometryRangeIssue({ type: 'MultiPolygon', coordinates: [square(116.1, 34.8, 0.001), bad] }, lonLatInChina)).toEqual({
      path: [1, 0, 2],
      message: '第 2 个面第 1 环第 3 个顶点的纬度 95 超出范围（−90…90）',
    });
    expect(pointsRangeIssue([SHANXIAN, [200, 34.8]], lonLatInChina)).toEqual({ path: [1], message: '第 2 个点的经度 200 超出范围（−180…180）' });
  });

  it('finds nothing in a geometry wholly in range', () => {
    expect(geometryRangeIssue({ type: 'Polygon', coordinates: square(116.1, 34.8, 0.001) }, lonLatCheckFor(4527))).toBeNull();
  });
});

describe('a map box cut to where the project holds data', () => {
  it('cuts the whole world to the zone’s reach in China, and gives nothing for a box far away', () => {
    expect(clampToRegion([-180, -90, 180, 90], 4527)).toEqual([114, 3, 120, 54]);
    expect(clampToRegion([-180, -90, 180, 90], 4490)).toEqual([73, 3, 136, 54]);
    expect(clampToRegion([116, 34.5, 116.2, 35], 4527)).toEqual([116, 34.5, 116.2, 35]);
    expect(clampToRegion([0, 0, 10, 10], 4527)).toBeNull();
  });
});
