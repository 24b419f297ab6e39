import { z } from 'zod';
import { formatMu } from '../units';

/**
 * The land-class before/after table of a project area (ZJ-10, domain.md C.3): six groups of GB/T 21010
 * codes, the area of each before and after the project, and whether the totals agree (Σ before must
 * equal Σ after, both being the project area). Areas are exact m²; the printer rounds.
 */

export const LandAreaSchema = z.object({
  /** Four-digit GB/T 21010 code, e.g. 0702. */
  landClass: z.string().regex(/^\d{4}$/, '地类编码应为 4 位数字（GB/T 21010）'),
  areaM2: z.number().min(0),
});
export type LandArea = z.infer<typeof LandAreaSchema>;

export const LandGroupSchema = z.enum(['cultivated', 'garden', 'forest', 'otherFarm', 'construction', 'unused']);
export type LandGroup = z.infer<typeof LandGroupSchema>;

export const LAND_GROUP_LABELS: Record<LandGroup, string> = {
  cultivated: '耕地',
  garden: '园地',
  forest: '林地',
  otherFarm: '其他农用地',
  construction: '建设用地',
  unused: '未利用地',
};
const GROUPS = Object.keys(LAND_GROUP_LABELS) as LandGroup[];

// Linkage scope of domain.md E.3; water surfaces other than ponds and ditches fall to 未利用地 as "the rest".
const OTHER_FARM = new Set(['1006', '1104', '1107', '1202', '1203']);
const CONSTRUCTION = new Set(['1003', '1004', '1005', '1007', '1008', '1009', '1109', '1201']);

export function landGroupOf(code: string): LandGroup {
  if (!/^\d{4}$/.test(code)) throw new RangeError(`地类编码「${code}」不是 4 位 GB/T 21010 编码`);
  const major = code.slice(0, 2);
  if (major === '01') return 'cultivated';
  if (major === '02') return 'garden';
  if (major === '03') return 'forest';
  if (major === '04' || OTHER_FARM.has(code)) return 'otherFarm';
  if (['05', '06', '07', '08', '09'].includes(major) || CONSTRUCTION.has(code)) return 'construction';
  return 'unused';
}

const AreaChangeSchema = z.object({
  beforeM2: z.number(),
  afterM2: z.number(),
  /** after − before. */
  changeM2: z.number(),
});

export const LandClassBalanceRowSchema = AreaChangeSchema.extend({ group: LandGroupSchema, label: z.string() });
export type LandClassBalanceRow = z.infer<typeof LandClassBalanceRowSchema>;

export const LandClassBalanceSchema = z.object({
  rows: z.array(LandClassBalanceRowSchema),
  total: AreaChangeSchema,
  /** Σ before and Σ after agree within the tolerance. */
  balanced: z.boolean(),
  /** Chinese message naming the mismatch, null when balanced. */
  mismatch: z.string().nullable(),
});
export type LandClassBalance = z.infer<typeof LandClassBalanceSchema>;

function totals(areas: readonly LandArea[], side: string): Record<LandGroup, number> {
  const out = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<LandGroup, number>;
  areas.forEach((a, i) => {
    if (!(a.areaM2 >= 0)) throw new RangeError(`${side}第 ${i + 1} 条（地类 ${a.landClass}）面积 ${a.areaM2} 无效`);
    out[landGroupOf(a.landClass)] += a.areaM2;
  });
  return out;
}

/**
 * Groups the before and after areas and checks Σ before = Σ after. `toleranceM2` absorbs the float
 * noise of areas computed from different geometries (default 0.01 m², far below the 亩 shown).
 */
export function landClassBalance(before: readonly LandArea[], after: readonly LandArea[], toleranceM2 = 0.01): LandClassBalance {
  const b = totals(before, '实施前');
  const a = totals(after, '实施后');
  const rows = GROUPS.map((group) => ({ group, label: LAND_GROUP_LABELS[group], beforeM2: b[group], afterM2: a[group], changeM2: a[group] - b[group] }));
  const sumOf = (pick: (r: LandClassBalanceRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const total = { beforeM2: sumOf((r) => r.beforeM2), afterM2: sumOf((r) => r.afterM2), changeM2: 0 };
  total.changeM2 = total.afterM2 - total.beforeM2;
  const balanced = Math.abs(total.changeM2) <= toleranceM2;
  const mismatch = balanced
    ? null
    : `地类平衡表不平：实施前合计 ${formatMu(total.beforeM2)} 亩，实施后合计 ${formatMu(total.afterM2)} 亩，相差 ${total.changeM2.toFixed(2)} m²`;
  return { rows, total, balanced, mismatch };
}
