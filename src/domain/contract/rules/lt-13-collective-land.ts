import type { ContractRule, RuleFinding } from '../rule';
import { listCodes } from './wording';

/** Land the collective kept (no household holds it) needs a two-thirds village-meeting resolution, publicised. */
export const lt13CollectiveLand: ContractRule = {
  id: 'LT-13',
  severity: 'error',
  titleKey: 'rule.LT-13.title',
  basis: '《农村土地经营权流转管理办法》第二十九条；示范文本附件清单第四项',
  check(facts) {
    const collective = facts.parcels.filter((p) => p.householdId === null);
    if (collective.length === 0) return [];
    const codes = listCodes(collective.map((p) => p.code));
    const parcelIds = collective.map((p) => p.parcelId);
    const resolution = facts.draft.collectiveLand;
    if (resolution === null) {
      return [{ message: `地块 ${codes} 为未承包到户的集体土地，须有村民会议三分之二以上同意的决议及公示材料`, path: 'collectiveLand', parcelIds }];
    }
    const found: RuleFinding[] = [];
    if (resolution.inFavour * 3 < resolution.total * 2) {
      found.push({
        message: `集体土地流转决议同意 ${resolution.inFavour} 人、应到 ${resolution.total} 人，不足三分之二（地块 ${codes}）`,
        path: 'collectiveLand.inFavour',
        parcelIds,
      });
    }
    if (!resolution.publicised) {
      found.push({ message: `集体土地流转决议（${resolution.resolutionOn}）未经公示（地块 ${codes}）`, path: 'collectiveLand.publicised', parcelIds });
    }
    const signedOn = facts.draft.signedOn;
    if (signedOn !== null && resolution.resolutionOn > signedOn) {
      found.push({
        message: `集体土地流转决议日 ${resolution.resolutionOn} 晚于签约日 ${signedOn}，应先决议后签约`,
        path: 'collectiveLand.resolutionOn',
        parcelIds,
      });
    }
    return found;
  },
};
