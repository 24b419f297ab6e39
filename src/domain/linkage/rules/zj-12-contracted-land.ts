import { parcelCode } from './facts-lookup';
import type { LinkageRule } from './rule';
import { areaText } from './wording';

/**
 * Demolition or construction on land whose management right is transferred under a contract in force takes
 * from the transferee the land it holds for the term (民法典 第三百四十条; 农村土地承包法 第三十七条): the
 * contract has to be ended, amended or compensated first. Flagged, naming the contract and the parcel.
 */
export const zj12ContractedLand: LinkageRule = {
  id: 'ZJ-12',
  severity: 'warning',
  titleKey: 'rule.ZJ-12.title',
  basis: '《民法典》第三百四十条；《农村土地承包法》第三十七条',
  check(facts) {
    return facts.contractedLand.map((c) => {
      const kind = facts.demolitionParcels.some((p) => p.id === c.linkageParcelId) ? '拆旧' : '建新';
      const contract = c.contractNumber ?? `（草稿 ${c.contractId}）`;
      return {
        message:
          `${kind}地块 ${parcelCode(facts, c.linkageParcelId)} 与承包地块 ${c.parcelCode} 重叠 ${areaText(c.overlapM2)}，` +
          `该地块经营权已由合同 ${contract}（乙方“${c.transfereeName}”，${c.startDate} 至 ${c.endDate}）流转；须先与流转双方协商变更、解除或补偿`,
        path: null,
        parcelIds: [c.linkageParcelId],
      };
    });
  },
};
