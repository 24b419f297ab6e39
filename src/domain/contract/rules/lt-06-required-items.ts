import { PARCEL_CODE_PATTERN } from '../../identity';
import type { ContractFacts } from '../contract-facts';
import type { ContractRule, RuleFinding } from '../rule';
import { isRealDate, parcelPath } from './facts-lookup';

/**
 * Art. 19 lists what a contract must hold: parties, parcels (code, 四至, area), term, mode, use, rights
 * and duties, price with its payment, facilities at expiry, compensation, liability. Mode, rights and
 * duties, facilities and compensation are fixed choices or printed text, so only the fillable items can
 * be missing; areas are LT-20's.
 */

const SIDES = { east: '东至', south: '南至', west: '西至', north: '北至' } as const;

function parties(facts: ContractFacts): RuleFinding[] {
  const found: RuleFinding[] = facts.transferors
    .filter((t) => t.headName.trim() === '')
    .map((t) => ({ message: `承包户 ${t.code} 未登记户主姓名，甲方信息不全`, path: 'transferorHouseholdIds', parcelIds: [] }));
  if (facts.transferee.name.trim() === '') found.push({ message: '乙方名称为空', path: 'transfereePartyId', parcelIds: [] });
  return found;
}

function parcels(facts: ContractFacts): RuleFinding[] {
  return facts.parcels.flatMap((p): RuleFinding[] => {
    if (!PARCEL_CODE_PATTERN.test(p.code)) {
      return [{ message: `地块代码“${p.code}”不是 19 位承包地块代码`, path: parcelPath(facts, p.parcelId, 'parcelId'), parcelIds: [p.parcelId] }];
    }
    const row = facts.draft.parcels.find((d) => d.parcelId === p.parcelId);
    const blank = (Object.keys(SIDES) as (keyof typeof SIDES)[]).filter((side) => (row?.boundaries[side] ?? '').trim() === '');
    if (blank.length === 0) return [];
    return [
      {
        message: `地块 ${p.code} 的四至未填写：${blank.map((side) => SIDES[side]).join('、')}`,
        path: parcelPath(facts, p.parcelId, 'boundaries'),
        parcelIds: [p.parcelId],
      },
    ];
  });
}

function datesAndUse({ draft }: ContractFacts): RuleFinding[] {
  const found: RuleFinding[] = [];
  const dates = { startDate: '起始日', endDate: '截止日', deliveryDate: '交付日', signedOn: '签订日' } as const;
  for (const [field, label] of Object.entries(dates) as [keyof typeof dates, string][]) {
    const value = draft[field];
    if (value !== null && !isRealDate(value)) found.push({ message: `${label} ${value} 不是真实存在的日期`, path: field, parcelIds: [] });
  }
  if (draft.endDate < draft.startDate) {
    found.push({ message: `流转期限的截止日 ${draft.endDate} 早于起始日 ${draft.startDate}`, path: 'endDate', parcelIds: [] });
  }
  if (draft.use.trim() === '') found.push({ message: '未填写流转土地用途', path: 'use', parcelIds: [] });
  return found;
}

function rentAndPayment({ draft }: ContractFacts): RuleFinding[] {
  const found: RuleFinding[] = [];
  const { rent, payment } = draft;
  if (rent.kind === 'cash' && rent.yuanPerMuYear <= 0) {
    found.push({ message: '现金租金标准为 0 元/亩·年，应填写租金', path: 'rent.yuanPerMuYear', parcelIds: [] });
  }
  if (rent.kind === 'share') {
    if (rent.contributionYuan === null && rent.shares === null) {
      found.push({ message: '入股未写明出资额或股份数', path: 'rent.contributionYuan', parcelIds: [] });
    }
    if (rent.scheme === 'guaranteed_plus_dividend' && !((rent.guaranteedYuanPerMuYear ?? 0) > 0)) {
      found.push({ message: '选择了“保底收益+按股分红”，但未填写保底收益（元/亩·年）', path: 'rent.guaranteedYuanPerMuYear', parcelIds: [] });
    }
  }
  if (payment.mode === 'instalments') {
    const total = payment.instalments.reduce((sum, part) => sum + part.pct, 0);
    if (Math.abs(total - 100) > 1e-9) {
      found.push({ message: `分期支付各期比例合计 ${total}%，应为 100%`, path: 'payment.instalments', parcelIds: [] });
    }
  }
  if ((payment.mode === 'other' || payment.method === 'other') && payment.otherText.trim() === '') {
    found.push({ message: '租金支付选择了“其他”方式，但未写明具体约定', path: 'payment.otherText', parcelIds: [] });
  }
  return found;
}

function liability({ draft }: ContractFacts): RuleFinding[] {
  const { lateDeliveryPer10k, lateRentPer10k, lateReturnPer10k } = draft.penalties;
  if (lateDeliveryPer10k + lateRentPer10k + lateReturnPer10k > 0) return [];
  return [{ message: '违约责任中逾期交地、逾期支付租金、逾期返还土地的违约金比例均为 0，未约定违约责任', path: 'penalties', parcelIds: [] }];
}

export const lt06RequiredItems: ContractRule = {
  id: 'LT-06',
  severity: 'error',
  titleKey: 'rule.LT-06.title',
  basis: '《农村土地经营权流转管理办法》第十九条',
  check: (facts) => [...parties(facts), ...parcels(facts), ...datesAndUse(facts), ...rentAndPayment(facts), ...liability(facts)],
};
