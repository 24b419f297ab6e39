import { OPERATION_LABEL, TrusteeshipOperationSchema, type Trusteeship } from '../../../domain/case/case-records';
import { trusteeshipFee } from '../../../domain/case/trusteeship-fee';
import { formatYuan, yuanInCapitals } from '../../../domain/contract/capital-numerals';
import { formatMu } from '../../../domain/units';
import type { Block, DocumentModel } from '../engine/document-model';
import { blank, choices, cnDate, cnNumber } from '../contract/contract-wording';
import { caseDocument, h, p, type CaseSources } from './case-document-frame';
import { percent, term } from './case-wording';
import { serviceStandardsAnnex } from './trusteeship-standards';

/**
 * 农业生产托管服务合同 after the MARA 2020 model text (domain.md D.3): nine articles with the blanks filled
 * from the trusteeship record, and the service-standard annex. The management right does not move, so the
 * transfer contract's number is printed only as the case it belongs to.
 */

export const TRUSTEESHIP_TITLE = '农业生产托管服务合同';

const money = (yuan: number): string => `人民币${formatYuan(yuan)}元（大写：${yuanInCapitals(yuan)}）`;

/** The payment options in the order the model text lists them (art. 5). */
const PAYMENT_ORDER: readonly Trusteeship['payment']['kind'][] = ['deposit_then_balance', 'prepaid', 'after_service', 'deduct_from_sales'];

function paymentArticle(t: Trusteeship, fee: ReturnType<typeof trusteeshipFee>): Block[] {
  const pay = t.payment;
  const deposit =
    pay.kind === 'deposit_then_balance'
      ? `合同签订当日，甲方向乙方预付服务费总额的${percent(pay.depositShare)}，计${money(fee.depositYuan)}；余款${money(fee.balanceYuan)}在作业完成并经甲方验收合格后${cnNumber(pay.balanceDays)}日内付清`
      : '合同签订当日，甲方向乙方预付服务费总额的____%，余款在作业完成并经甲方验收合格后____日内付清';
  return [
    h('第五条　服务费支付方式'),
    p(
      `甲方按下列第${cnNumber(PAYMENT_ORDER.indexOf(pay.kind) + 1)}种方式支付服务费：${choices([
        [pay.kind === 'deposit_then_balance', `（一）${deposit}`],
        [pay.kind === 'prepaid', '（二）合同签订时一次性付清'],
        [pay.kind === 'after_service', '（三）全部作业完成并经验收合格后一次性付清'],
        [pay.kind === 'deduct_from_sales', '（四）由乙方代为销售甲方农产品，从销售款中扣除服务费后将余款支付甲方'],
      ])}。`,
    ),
  ];
}

function liabilityArticle(t: Trusteeship, totalYuan: number): Block[] {
  return [
    h('第七条　违约责任'),
    p(
      `（一）甲方逾期支付服务费的，每逾期一日，按服务费总额的${percent(t.lateFeeDailyRate)}向乙方支付违约金，` +
        `违约金总额不超过服务费总额的50%（即不超过人民币${formatYuan(totalYuan * 0.5)}元）。`,
    ),
    p('（二）乙方未按约定的时间、标准完成作业，或者因作业质量问题造成甲方损失的，应当赔偿甲方损失。'),
    ...(t.mode === 'full'
      ? [
          p(
            `（三）全托管保底：乙方保证托管地块${t.crop}每亩产量不低于${t.guaranteedYieldKgPerMu}公斤；实际产量低于保底产量的，` +
              `不足部分${t.shortfallYuanPerKg !== null ? `按每公斤人民币${formatYuan(t.shortfallYuanPerKg)}元` : '按当地同期市场价格'}由乙方补偿甲方，因不可抗力减产的除外。`,
          ),
        ]
      : []),
    p(`（${t.mode === 'full' ? '四' : '三'}）因不可抗力致使合同不能履行的，双方均可解除合同，互不承担违约责任，但应及时通知对方并提供证明。`),
  ];
}

export function trusteeshipContract(src: CaseSources, trusteeshipId: number): DocumentModel {
  const v = src.contract;
  const t = src.case.trusteeships.find((x) => x.id === trusteeshipId);
  if (!t) throw new RangeError(`合同 ${v.number ?? v.id} 的案件中没有托管记录 ${trusteeshipId}`);
  const fee = trusteeshipFee(t);
  const ops = t.mode === 'full' ? TrusteeshipOperationSchema.options : t.operations;
  const blocks: Block[] = [
    p(`甲方（委托方）：${t.client}`, false),
    p('身份证号码或统一社会信用代码：____________________　联系电话：____________', false),
    p(`乙方（服务方）：${t.coop}`, false),
    p('统一社会信用代码：____________________　联系电话：____________', false),
    p(
      '根据《中华人民共和国民法典》《农业生产托管服务合同示范文本》等规定，甲乙双方本着平等、自愿、公平、诚信的原则，' +
        '就农业生产托管服务事宜协商一致，订立本合同。甲方在托管期间保留土地承包经营权和农产品所有权。',
    ),
    h('第一条　服务内容'),
    p(`（一）托管地块位于${v.county}${v.town}${v.village}，面积${formatMu(t.areaM2)}亩，种植作物：${t.crop}。`),
    p(`（二）托管方式：${choices([[t.mode === 'full', '全托管'], [t.mode === 'partial', '部分托管（菜单式）']])}。`),
    p(`（三）委托乙方的作业环节：${choices(TrusteeshipOperationSchema.options.map((o) => [ops.includes(o), OPERATION_LABEL[o]]))}。`),
    h('第二条　服务标准'),
    p('乙方应按照国家、行业和地方有关技术规范及质量标准提供服务，具体标准见附件《农作物生产托管服务标准指引》，附件由双方签字确认。'),
    h('第三条　服务期限'),
    p(`服务期限${term(t.startDate, t.endDate)}。各环节的作业时间按附件约定，因天气等原因需调整的，乙方应提前告知甲方。`),
    h('第四条　服务费用'),
    p(
      `服务费按每亩人民币${formatYuan(t.feeYuanPerMu)}元计算，服务面积${formatMu(t.areaM2)}亩，服务费总额为${money(fee.totalYuan)}。` +
        '服务费不含甲方自行提供的种子、化肥、农药等农资；按亩计价不适宜的，双方另行协商确定。',
    ),
    ...paymentArticle(t, fee),
    h('第六条　双方权利和义务'),
    p('（一）甲方的权利和义务：保留土地承包经营权和农产品所有权；有权监督乙方作业并组织验收；应当按约定支付服务费，为乙方作业提供必要的条件，不得干扰乙方正常作业。'),
    p('（二）乙方的权利和义务：有权按约定收取服务费；应当按约定的时间、标准和质量提供服务，向甲方说明技术方案和作业标准，接受甲方监督，作业完成后提请甲方验收。'),
    ...liabilityArticle(t, fee.totalYuan),
    h('第八条　争议解决'),
    p(`因本合同发生争议的，双方协商解决；协商不成的，可以请求${v.county}农业农村主管部门调解；调解不成的，依法向人民法院提起诉讼。`),
    h('第九条　其他'),
    p('（一）本合同自双方签字或盖章之日起生效。（二）本合同未尽事宜，双方可以签订补充协议，补充协议与本合同不一致的，以补充协议为准。'),
    p(`（三）村民委员会或农村集体经济组织可以对本合同的履行进行指导和监督。（四）本合同一式两份，甲乙双方各执一份，具有同等法律效力。`),
    p('（以下无正文）', false),
    h('签章'),
    p(`甲方（签字或盖章）：________________　　${t.client}`, false),
    p(`乙方（盖章）：________________　　${t.coop}`, false),
    p(`法定代表人或委托代理人（签字）：________________`, false),
    p(`签订日期：${cnDate(t.signedOn)}　　签订地点：${blank(null, 16)}`, false),
    ...serviceStandardsAnnex(t),
  ];
  return caseDocument(src, TRUSTEESHIP_TITLE, blocks, { numberLabel: '所属流转合同编号' });
}
