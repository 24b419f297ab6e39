import { PARCEL_CODE_PATTERN } from '../../domain/identity';
import { interiorPoint } from './interior-point';
import { placedBBox } from './parcel-set';
import { CHUNK, type CheckRule } from './rule';

/** 代码格式: a parcel code that is not the 19-digit 承包地块代码 (county 6 + town 3 + village 3 + group 2 + serial 5). */
export const codeFormatRule: CheckRule = {
  id: 'code-format',
  severity: 'error',
  descriptionKey: 'checks.rule.codeFormat',
  basis: 'NY/T 2539-2016《农村土地承包经营权确权登记数据库规范》地块代码 19 位',
  *run({ set, report }) {
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      if (!PARCEL_CODE_PATTERN.test(p.code)) {
        const why = /^\d+$/.test(p.code) ? `${p.code.length} 位` : '含非数字字符';
        report({
          rule: 'code-format',
          severity: 'error',
          parcelIds: [p.id],
          codes: [p.code],
          at: interiorPoint(p.polygons),
          bbox: placedBBox(set, i),
          measure: null,
          message: `地块代码 “${p.code}” 不是 19 位数字代码（${why}）`,
        });
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
  },
};
