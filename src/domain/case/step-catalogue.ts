import { z } from 'zod';
import type { Lane } from './case-lane';

/**
 * The standard steps of a transfer case, lane by lane, with the documents each one expects (the filing
 * workflow of the Measures Art. 17, 21–24, the mortgage, insurance and trusteeship papers). Steps tied to a
 * contract status move the contract when completed (审核编号 → numbered, 备案 → filed, 交付生效 → active),
 * so the case and the contract never disagree; such a step is taken back only with the contract, by a
 * recorded correction. `appliesWhen` names the fact that makes a step relevant; otherwise it is 不适用.
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

/** A document a step expects; a required one must be received, with its date, before the step is done. */
export interface ChecklistDefinition {
  item: string;
  required: boolean;
}

export interface StepDefinition {
  key: StepKey;
  lane: Lane;
  title: string;
  appliesWhen: StepCondition;
  /** The contract status the step's completion stands for; completing it makes that transition. */
  contractStatus: 'numbered' | 'filed' | 'active' | null;
  checklist: readonly ChecklistDefinition[];
}

/** A document the step cannot be completed without (the law or the counterpart's own rules call for it). */
const need = (item: string): ChecklistDefinition => ({ item, required: true });
/** A document kept when there is one. */
const may = (item: string): ChecklistDefinition => ({ item, required: false });

const step = (key: StepKey, title: string, appliesWhen: StepCondition, checklist: readonly ChecklistDefinition[], contractStatus: StepDefinition['contractStatus'] = null): StepDefinition => ({
  key,
  lane: key.slice(0, key.indexOf('.')) as Lane,
  title,
  appliesWhen,
  contractStatus,
  checklist,
});

/**
 * Every step is completed by someone named (its responsible person) on the strength of its required
 * documents: the parties' identity and rights (Land Contracting Law Art. 36, 38), the written power of
 * attorney (Art. 39; Measures Art. 8), the written contract (Art. 40), the holder's written consent and the
 * notice to the 发包方 for collateral or re-transfer (Art. 46, 47; Measures Art. 12), the social-capital
 * review (Measures Art. 29), the uniform text and its review (Measures Art. 22), the filing with the 发包方
 * (Art. 36; Measures Art. 17, 21), the township ledger and archive (Measures Art. 23, 24), registration
 * (Art. 41, 47), and the bank's, insurer's and co-op's own papers.
 */
export const STEP_CATALOGUE: readonly StepDefinition[] = [
  step('transferors.identity', '权属与身份材料', 'always', [need('承包农户身份证复印件'), need('土地承包经营权证或承包合同复印件'), may('户内家庭成员知情同意材料')]),
  step('transferors.entrustment', '委托代理手续', 'agent', [need('授权委托书（每户）'), need('受托人身份证复印件')]),
  step('transferors.consent', '抵押及再流转书面同意', 'consent', [need('承包方书面同意书（每户）'), need('已告知发包方的证明')]),
  step('transferee.qualification', '流入方主体资格', 'always', [need('营业执照或身份证复印件'), may('经营项目计划书')]),
  step('transferee.signing', '签订流转合同', 'always', [need('合同文本（各方签字、按印）'), may('地块四至示意图')]),
  step('transferee.rent', '支付首期租金', 'always', [need('租金支付凭证')]),
  step('transferee.delivery', '土地交付，合同生效', 'always', [need('土地交付确认书')], 'active'),
  step('bureau.socialCapitalReview', '社会资本资格审查和项目审核', 'socialCapital', [need('社会资本流转土地申请书'), need('项目可行性材料'), need('审查批准意见')]),
  step('bureau.contractReview', '合同审核与统一编号', 'always', [need('统一示范文本'), need('合同审核意见')], 'numbered'),
  step('bureau.filing', '向发包方备案', 'always', [need('流转合同备案登记表'), need('合同副本')], 'filed'),
  step('bureau.ledger', '乡镇流转台账登记与归档', 'always', [need('台账登记'), need('合同原件归档')]),
  step('bureau.registration', '土地经营权登记', 'longTerm', [may('登记申请书'), need('不动产登记证明')]),
  step('bank.application', '贷款申请与调查', 'mortgage', [may('借款申请书'), need('流转合同及备案证明'), need('承包方书面同意书'), need('发包方知情证明')]),
  step('bank.appraisal', '经营权价值评估', 'mortgage', [need('价值评估报告')]),
  step('bank.contract', '签订借款及抵押合同', 'mortgage', [need('借款合同'), need('抵押合同')]),
  step('bank.registration', '抵押登记', 'mortgage', [need('抵押登记证明')]),
  step('bank.disbursement', '放款', 'mortgage', [need('放款凭证')]),
  step('insurer.application', '投保', 'insurance', [need('投保单'), may('承保地块清单')]),
  step('insurer.policy', '出具保单', 'insurance', [need('保险单')]),
  step('coop.contract', '签订托管服务合同', 'trusteeship', [need('农业生产托管服务合同'), may('服务标准附表')]),
  step('coop.service', '作业服务与验收', 'trusteeship', [need('作业验收单')]),
  step('coop.settlement', '托管费用结算', 'trusteeship', [need('结算凭证')]),
];

export const stepDefinition = (key: StepKey): StepDefinition => STEP_CATALOGUE.find((s) => s.key === key)!;
