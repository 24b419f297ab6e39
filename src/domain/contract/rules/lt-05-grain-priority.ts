import type { LandClassCode } from '../../land-class';
import type { ContractRule } from '../rule';
import { listCodes } from './wording';

const CULTIVATED: ReadonlySet<LandClassCode> = new Set(['0101', '0102', '0103']);

/** Cultivated land put to a non-grain use needs a written reason (非粮化, Measures 3). */
export const lt05GrainPriority: ContractRule = {
  id: 'LT-05',
  severity: 'warning',
  titleKey: 'rule.LT-05.title',
  basis: '《农村土地经营权流转管理办法》第三条',
  check(facts) {
    const { useKind, use, nonGrainJustification } = facts.draft;
    // Non-farm use is LT-04's error; repeating it here would only add noise.
    if (useKind === 'grain' || useKind === 'non_farm' || nonGrainJustification.trim() !== '') return [];
    const cultivated = facts.parcels.filter((p) => p.landClass !== null && CULTIVATED.has(p.landClass));
    if (cultivated.length === 0) return [];
    return [
      {
        message: `耕地地块 ${listCodes(cultivated.map((p) => p.code))} 的用途“${use}”不是种粮，应填写非粮化说明`,
        path: 'nonGrainJustification',
        parcelIds: cultivated.map((p) => p.parcelId),
      },
    ];
  },
};
