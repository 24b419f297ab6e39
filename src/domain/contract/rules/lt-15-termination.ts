import type { ContractRule, RuleFinding } from '../rule';

/**
 * The holder may end the contract alone only for a serious breach (LCL 42). The draft carries no free
 * termination clause; what it does set is when lateness becomes grounds to terminate, and a period of
 * 0 days would make any delay such a ground.
 */
export const lt15Termination: ContractRule = {
  id: 'LT-15',
  severity: 'error',
  titleKey: 'rule.LT-15.title',
  basis: '《农村土地承包法》第四十二条；《农村土地经营权流转管理办法》第二十条；示范文本第十一条',
  check({ draft }) {
    const p = draft.penalties;
    const found: RuleFinding[] = [];
    if (p.lateDeliveryPer10k > 0 && p.lateDeliveryTerminateDays === 0) {
      found.push({
        message: `约定了逾期交地违约金（每日万分之${p.lateDeliveryPer10k}），但乙方可解除合同的逾期天数为 0 日，应填写逾期多少日后可解除`,
        path: 'penalties.lateDeliveryTerminateDays',
        parcelIds: [],
      });
    }
    if (p.lateRentPer10k > 0 && p.lateRentTerminateDays === 0) {
      found.push({
        message: `约定了逾期支付租金违约金（每日万分之${p.lateRentPer10k}），但甲方可解除合同的逾期天数为 0 日，应填写逾期多少日后可解除`,
        path: 'penalties.lateRentTerminateDays',
        parcelIds: [],
      });
    }
    return found;
  },
};
