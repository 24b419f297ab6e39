import { describe, expect, it } from 'vitest';
import { areaOverLimit } from '../../src/domain/area-limits';
import { LonLatAreaGeometrySchema } from '../../src/domain/geometry';
import { MAX_LIST_LENGTH, MAX_YUAN, oversized } from '../../src/domain/input-limits';
import { muToM2 } from '../../src/domain/units';

describe('an open value within the input limits', () => {
  it('passes the figures, texts and lists of a real record', () => {
    expect(oversized({ value: [{ kind: 'perMu', yuanPerMu: 3000 }], note: '县局通知' })).toBeNull();
  });

  it('names the path of the first number, text or list beyond the limits', () => {
    expect(oversized({ areaM2: 1e300 })).toEqual({ path: ['areaM2'], message: `数值 1e+300 超出输入上限（±${MAX_YUAN}）` });
    expect(oversized({ refs: ['a', 'x'.repeat(2001)] })).toEqual({ path: ['refs', 1], message: '文字长 2001 字，超出输入上限 2000 字' });
    expect(oversized(Array(MAX_LIST_LENGTH + 1).fill(0))?.message).toBe(`共 ${MAX_LIST_LENGTH + 1} 项，超出输入上限 ${MAX_LIST_LENGTH} 项`);
    expect(oversized([[[[[[[[[1]]]]]]]]])?.message).toBe('嵌套层数超出输入上限 8 层');
  });
});

describe('a lon/lat geometry as the API takes it', () => {
  const ring = [[116.1, 34.8], [116.101, 34.8], [116.101, 34.801], [116.1, 34.8]];

  it('takes a parcel in China', () => {
    expect(LonLatAreaGeometrySchema.safeParse({ type: 'Polygon', coordinates: [ring] }).success).toBe(true);
  });

  it('refuses a vertex outside China at its path, and a ring longer than any drawing', () => {
    const far = LonLatAreaGeometrySchema.safeParse({ type: 'MultiPolygon', coordinates: [[ring], [[...ring.slice(0, 2), [0, 51.5], ring[0]]]] });
    expect(far.error?.issues).toEqual([expect.objectContaining({ path: ['coordinates', 1, 0, 2], message: '第 2 个面第 1 环第 3 个顶点的经度 0 不在中国范围内（73…136）' })]);
    const huge = Array.from({ length: 100_001 }, (_, i) => [116.1 + i * 1e-7, 34.8]);
    expect(LonLatAreaGeometrySchema.safeParse({ type: 'Polygon', coordinates: [huge] }).error?.issues[0]?.path).toEqual(['coordinates', 0]);
  });
});

describe('the area limit of a kind of feature', () => {
  it('lets an area up to the limit through, compared exactly in m²', () => {
    expect(areaOverLimit('contractedParcel', '地块 A ', muToM2(1000), 1000)).toBeNull();
  });

  it('refuses an area above it with the area in 亩 to two decimals, or four where two hide the excess, and the limit', () => {
    expect(areaOverLimit('contractedParcel', '地块 A ', muToM2(1000.004), 1000)).toBe('地块 A 的椭球面积 1000.0040 亩超过承包地块面积上限 1000 亩');
    expect(areaOverLimit('contractedParcel', '地块 A ', muToM2(1234.567), 1000)).toBe('地块 A 的椭球面积 1234.57 亩超过承包地块面积上限 1000 亩');
    expect(areaOverLimit('linkageProjectArea', '项目区 B ', muToM2(200_000), 150_000)).toBe('项目区 B 的椭球面积 200000.00 亩超过增减挂钩项目区面积上限 150000 亩');
  });
});
