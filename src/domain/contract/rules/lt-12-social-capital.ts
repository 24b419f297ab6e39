import { muToM2 } from '../../units';
import type { ContractRule, RuleFinding } from '../rule';
import { isSocialCapital, leasedMu } from './facts-lookup';
import { citePolicy, mu, transfereeLabel } from './wording';

/**
 * Social capital needs the qualification and project review before signing (LCL 45; Measures 29);
 * the county reviews areas at or above its threshold, the township the rest. Which transferees count as
 * social capital is the county's dated list of party kinds, cited in the finding.
 */
export const lt12SocialCapital: ContractRule = {
  id: 'LT-12',
  severity: 'error',
  titleKey: 'rule.LT-12.title',
  basis: '《农村土地承包法》第四十五条；《农村土地经营权流转管理办法》第二十九条；示范文本使用说明第二条',
  check(facts) {
    const kinds = facts.policy.socialCapitalKinds;
    if (!isSocialCapital(facts.transferee, kinds.value)) return [];
    const { socialCapitalReview: review, signedOn } = facts.draft;
    const threshold = facts.policy.socialCapitalCountyTierMu;
    const area = leasedMu(facts);
    const countyTier = area >= threshold.value;
    const areaText = `流转面积 ${mu(muToM2(area))}`;
    const tierText = `${threshold.value} 亩及以上由县级审查（${citePolicy(threshold)}）`;
    if (review === null) {
      return [
        {
          message: `${transfereeLabel(facts)}属工商企业等社会资本（${citePolicy(kinds)}），签约前须取得${countyTier ? '县级' : '乡镇级'}资格审查和项目审核批准（${areaText}，${tierText}）`,
          path: 'socialCapitalReview',
          parcelIds: [],
        },
      ];
    }
    const found: RuleFinding[] = [];
    const deadline = signedOn ?? facts.asOf;
    if (review.approvedOn > deadline) {
      found.push({
        message: `社会资本审查批准日 ${review.approvedOn}（${review.approvalNo}）晚于${signedOn === null ? '检查日' : '签约日'} ${deadline}，应先审查后签约`,
        path: 'socialCapitalReview.approvedOn',
        parcelIds: [],
      });
    }
    if (countyTier && review.tier !== 'county') {
      found.push({
        message: `${areaText}，达到县级审查标准（${tierText}），审查批准 ${review.approvalNo} 为乡镇级`,
        path: 'socialCapitalReview.tier',
        parcelIds: [],
      });
    }
    return found;
  },
};
