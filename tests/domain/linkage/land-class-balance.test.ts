import { describe, expect, it } from 'vitest';
import { landClassBalance, landGroupOf } from '../../../src/domain/linkage/land-class-balance';
import { formatMu } from '../../../src/domain/units';

const before = [
  { landClass: '0702', areaM2: 30000 },
  { landClass: '1004', areaM2: 3000 },
  { landClass: '1201', areaM2: 2000 },
  { landClass: '0103', areaM2: 5000 },
  { landClass: '1107', areaM2: 500 },
  { landClass: '1204', areaM2: 1500 },
];
const after = [
  { landClass: '0103', areaM2: 31000 },
  { landClass: '1107', areaM2: 1200 },
  { landClass: '1006', areaM2: 800 },
  { landClass: '0702', areaM2: 6000 },
  { landClass: '1004', areaM2: 1500 },
  { landClass: '0809', areaM2: 500 },
  { landClass: '1204', areaM2: 1000 },
];

describe('the land-class balance table', () => {
  it('groups a reclaimed village: cultivated +26,000, other farm +1,500, construction −27,000, unused −500 m²', () => {
    const t = landClassBalance(before, after);
    const change = Object.fromEntries(t.rows.map((r) => [r.group, r.changeM2]));
    expect(change).toEqual({ cultivated: 26000, garden: 0, forest: 0, otherFarm: 1500, construction: -27000, unused: -500 });
    expect(t.rows.map((r) => r.label)).toEqual(['耕地', '园地', '林地', '其他农用地', '建设用地', '未利用地']);
    expect(t.total).toEqual({ beforeM2: 42000, afterM2: 42000, changeM2: 0 });
    expect(t.balanced).toBe(true);
    expect(t.mismatch).toBeNull();
  });

  it('reports a mismatch when the after side misses a parcel', () => {
    const t = landClassBalance(before, after.slice(0, -1));
    expect(t.balanced).toBe(false);
    expect(t.mismatch).toBe('地类平衡表不平：实施前合计 63.00 亩，实施后合计 61.50 亩，相差 -1000.00 m²');
  });

  it('tolerates float noise between sides summed in a different order', () => {
    const t = landClassBalance([{ landClass: '0702', areaM2: 0.3 }], [{ landClass: '0103', areaM2: 0.1 }, { landClass: '0103', areaM2: 0.2 }]);
    expect(t.balanced).toBe(true);
  });

  it('sums exact areas before rounding: three groups of 4 m² (0.006 亩 each) total 0.02 亩, not 0.03', () => {
    const t = landClassBalance(
      [{ landClass: '0101', areaM2: 4 }, { landClass: '0201', areaM2: 4 }, { landClass: '0301', areaM2: 4 }],
      [{ landClass: '0702', areaM2: 12 }],
    );
    expect(t.rows.slice(0, 3).map((r) => formatMu(r.beforeM2))).toEqual(['0.01', '0.01', '0.01']);
    expect(formatMu(t.total.beforeM2)).toBe('0.02');
  });

  it('places the codes of the linkage scope in their groups', () => {
    expect(['0102', '0204', '0307', '0404', '1203', '1202', '0601', '1109', '1003', '1101', '1207'].map(landGroupOf)).toEqual([
      'cultivated', 'garden', 'forest', 'otherFarm', 'otherFarm', 'otherFarm', 'construction', 'construction', 'construction', 'unused', 'unused',
    ]);
  });

  it('rejects a code that is not four digits and names the side and record', () => {
    expect(() => landGroupOf('072')).toThrow('072');
    expect(() => landClassBalance([{ landClass: '0702', areaM2: -1 }], [])).toThrow('实施前第 1 条（地类 0702）');
  });
});
