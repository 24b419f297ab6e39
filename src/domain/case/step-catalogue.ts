import { z } from 'zod';
import type { Lane } from './case-lane';

/**
 * The standard steps of a transfer case, lane by lane, with the documents each one expects (domain.md
 * B.5 filing workflow, D.1–D.3 and the F.3 actor map). Steps tied to a contract status move the contract
 * when completed (审核编号 → numbered, 备案 → filed, 交付生效 → active), so the case and the contract
 * never disagree. `appliesWhen` names the fact that makes a step relevant; otherwise it is 不适用.
 */

export const StepKeySchema = z.enum([
  'transferors.identity',
  'transferors.entrustment',
  'transferors.consent',
  'transferee.qualification',
  'transferee.signing',
  'transferee.rent',
  'transferee.delivery',
  'bureau.socialCapitalReview',
  'bureau.contractReview',
  'bureau.filing',
  'bureau.ledger',
  'bureau.registration',
  'bank.application',
  'bank.appraisal',
  'bank.contract',
  'bank.registration',
  'bank.disbursement',
  'insurer.application',
  'insurer.policy',
  'coop.contract',
  'coop.service',
  'coop.settlement',
]);
export type StepKey = z.infer<typeof StepKeySchema>;

/**
 * socialCapital: the transferee is a company or other social capital (LT-12); agent: someone signs for the
 * households under a power of attorney (LT-08); consent: the contract allows mortgage or re-transfer, or a
 * mortgage exists; longTerm: the term is at least the registration suggestion (LT-14); mortgage, insurance,
 * trusteeship: a record of that kind exists on the case.
 */
export const StepConditionSchema = z.enum(['always', 'socialCapital', 'agent', 'consent', 'longTerm', 'mortgage', 'insurance', 'trusteeship']);
export type StepCondition = z.infer<typeof StepConditionSchema>;

export interface StepDefinition {
  key: StepKey;
  lane: Lane;
  title: string;
  appliesWhen: StepCondition;
  /** The contract status the step's completion stands for; completing it makes that transition. */
  contractStatus: 'numbered' | 'filed' | 'active' | null;
  checklist: readonly string[];
}

const step = (key: StepKey, title: string, appliesWhen: StepCondition, checklist: readonly string[], contractStatus: StepDefinition['contractStatus'] = null): StepDefinition => ({
  key,
  lane: key.slice(0, key.indexOf('.')) as Lane,
  title,
  appliesWhen,
  contractStatus,
  checklist,
});

export const STEP_CATALOGUE: readonly StepDefinition[] = [
  step('transferors.identity', '权属与身份材料', 'always', ['承包农户身份证复印件', '土地承包经营权证或承包合同复印件', '户内家庭成员知情同意材料']),
  step('transferors.entrustment', '委托代理手续', 'agent', ['授权委托书（每户）', '受托人身份证复印件']),
  step('transferors.consent', '抵押及再流转书面同意', 'consent', ['承包方书面同意书（每户）', '已告知发包方的证明']),
  step('transferee.qualification', '流入方主体资格', 'always', ['营业执照或身份证复印件', '经营项目计划书']),
  step('transferee.signing', '签订流转合同', 'always', ['合同文本（各方签字、按印）', '地块四至示意图']),
  step('transferee.rent', '支付首期租金', 'always', ['租金支付凭证']),
  step('transferee.delivery', '土地交付，合同生效', 'always', ['土地交付确认书'], 'active'),
  step('bureau.socialCapitalReview', '社会资本资格审查和项目审核', 'socialCapital', ['社会资本流转土地申请书', '项目可行性材料', '审查批准意见']),
  step('bureau.contractReview', '合同审核与统一编号', 'always', ['统一示范文本', '合同审核意见'], 'numbered'),
  step('bureau.filing', '向发包方备案', 'always', ['流转合同备案登记表', '合同副本'], 'filed'),
  step('bureau.ledger', '乡镇流转台账登记与归档', 'always', ['台账登记', '合同原件归档']),
  step('bureau.registration', '土地经营权登记', 'longTerm', ['登记申请书', '不动产登记证明']),
  step('bank.application', '贷款申请与调查', 'mortgage', ['借款申请书', '流转合同及备案证明', '承包方书面同意书', '发包方知情证明']),
  step('bank.appraisal', '经营权价值评估', 'mortgage', ['价值评估报告']),
  step('bank.contract', '签订借款及抵押合同', 'mortgage', ['借款合同', '抵押合同']),
  step('bank.registration', '抵押登记', 'mortgage', ['抵押登记证明']),
  step('bank.disbursement', '放款', 'mortgage', ['放款凭证']),
  step('insurer.application', '投保', 'insurance', ['投保单', '承保地块清单']),
  step('insurer.policy', '出具保单', 'insurance', ['保险单']),
  step('coop.contract', '签订托管服务合同', 'trusteeship', ['农业生产托管服务合同', '服务标准附表']),
  step('coop.service', '作业服务与验收', 'trusteeship', ['作业验收单']),
  step('coop.settlement', '托管费用结算', 'trusteeship', ['结算凭证']),
];

export const stepDefinition = (key: StepKey): StepDefinition => STEP_CATALOGUE.find((s) => s.key === key)!;
