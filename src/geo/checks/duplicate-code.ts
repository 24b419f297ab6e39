import { interiorPoint } from './interior-point';
import { mergeBBox, placedBBox } from './parcel-set';
import { type CheckRule } from './rule';

/** 代码重复: several parcels carry the same parcel code. */
export const duplicateCodeRule: CheckRule = {
  id: 'duplicate-code',
  severity: 'error',
  descriptionKey: 'checks.rule.duplicateCode',
  basis: 'NY/T 2539-2016《农村土地承包经营权确权登记数据库规范》地块代码唯一',
  *run({ set, report }) {
    const byCode = new Map<string, number[]>();
    set.parcels.forEach((p, i) => {
      const list = byCode.get(p.code);
      if (list) list.push(i);
      else byCode.set(p.code, [i]);
    });
    yield set.parcels.length;
    for (const [code, positions] of byCode) {
      if (positions.length < 2) continue;
      const placed = positions.map((i) => placedBBox(set, i)).filter((b) => b !== null);
      report({
        rule: 'duplicate-code',
        severity: 'error',
        parcelIds: positions.map((i) => set.parcels[i]!.id),
        codes: positions.map(() => code),
        at: positions.map((i) => interiorPoint(set.parcels[i]!.polygons)).find((p) => p !== null) ?? null,
        bbox: placed.length > 0 ? placed.reduce(mergeBBox) : null,
        measure: null,
        message: `地块代码 ${code} 重复 ${positions.length} 次`,
      });
    }
  },
};
