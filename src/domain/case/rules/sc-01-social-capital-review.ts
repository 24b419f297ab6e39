import type { GateRule } from './rule';
import { isDone, signedOn } from './case-lookup';

const BLOCKS = ['transferee.signing', 'transferee.delivery'] as const;

/**
 * Social capital signs only after the qualification and project review is approved (LCL 45; Measures
 * 29). The contract review and numbering may come before it; signing and delivery may not.
 */
export const sc01SocialCapitalReview: GateRule = {
  id: 'SC-01',
  severity: 'error',
  basis: '《农村土地承包法》第四十五条；《农村土地经营权流转管理办法》第二十九条',
  check(facts) {
    const { contract } = facts;
    if (!contract.socialCapital) return [];
    const who = `流入方“${contract.transfereeName}”属工商企业等社会资本`;
    const approval = contract.socialCapitalReview;
    const signed = signedOn(facts);
    if (!isDone(facts, 'bureau.socialCapitalReview') || approval === null) {
      const missing = approval === null ? '尚未记录审查批准文号和批准日期' : '社会资本资格审查和项目审核步骤尚未完成';
      return [
        {
          message: `${who}，${missing}；${signed === null ? '审查批准前不得签约和交付' : `合同已于 ${signed} 签订，须补办审查批准后方可交付`}`,
          path: approval === null ? 'contract.socialCapitalReview' : 'steps.bureau.socialCapitalReview',
          blocks: [...BLOCKS],
          recordId: null,
        },
      ];
    }
    if (signed !== null && approval.approvedOn > signed) {
      return [
        {
          message: `${who}，签约日 ${signed} 早于审查批准日 ${approval.approvedOn}（${approval.approvalNo}），应先审查批准后签约`,
          path: 'contract.socialCapitalReview.approvedOn',
          blocks: [...BLOCKS],
          recordId: null,
        },
      ];
    }
    return [];
  },
};
