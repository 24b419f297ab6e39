import { formatYuan } from '../../../domain/contract/capital-numerals';
import { formatMu } from '../../../domain/units';
import type { DocumentModel } from '../engine/document-model';
import { blank, cnDate, PARTY_KIND } from '../contract/contract-wording';
import { caseDocument, formTable, h, p, signLine, type CaseSources } from './case-document-frame';
import { rentBasisText, term } from './case-wording';

/**
 * 社会资本流转土地资格审查和项目审核申请表 (Measures art. 29, LT-12): the company or other social capital
 * applies before signing; the township and, above its threshold, the county review its qualification,
 * its farming ability and the project. The approval, once recorded on the case, is printed with its number.
 */
export function socialCapitalApplication(src: CaseSources): DocumentModel {
  const { contract: v, case: c } = src;
  const e = v.transferee;
  const review = c.contract.socialCapitalReview;
  const fund = v.draft.riskFund;
  return caseDocument(src, '社会资本流转土地资格审查和项目审核申请表', [
    h('一、申请人基本情况'),
    formTable([
      ['申请人名称', e.name],
      ['主体类型', PARTY_KIND[e.kind]],
      ['统一社会信用代码', blank(e.uscc, 18)],
      ['法定代表人', blank(e.representative)],
      ['住所', blank(e.address)],
      ['联系电话', blank(e.phone)],
      ['注册资本（万元）', '________'],
      ['从事农业经营年限', '________'],
    ]),
    h('二、拟流转土地情况'),
    formTable([
      ['坐落', `${v.county}${v.town}${v.village}`],
      ['流转方式', v.draft.mode === 'share' ? '入股' : '出租'],
      ['面积', `${formatMu(v.totals.areaM2)}亩`],
      ['涉及农户', `${v.transferors.length}户，${v.parcelRows.length}块地`],
      ['流转期限', term(v.draft.startDate, v.draft.endDate)],
      ['价款标准', rentBasisText(v)],
      ['年租金总额', `${formatYuan(v.totals.annualRentYuan)}元`],
      ['风险保障金', fund ? `${formatYuan(fund.amountYuan)}元（${fund.holder}）` : '不缴纳'],
    ]),
    h('三、项目情况'),
    p(`项目内容与土地用途：${v.draft.use}${v.draft.nonGrainJustification.trim() ? `（非粮用途理由：${v.draft.nonGrainJustification.trim()}）` : ''}。`),
    p('项目总投资：________万元，其中自有资金________万元。预计带动农户就业________人。'),
    p('农业经营能力（技术、设备、从业人员、既往经营情况）：________________'),
    h('四、申请人承诺'),
    p(
      '本单位承诺：所报材料真实有效；流转土地用于农业生产经营，不改变土地农业用途，不破坏农业综合生产能力和农业生态环境，' +
        '严格保护耕地，优先用于粮食生产；按合同约定按时足额支付租金；接受农业农村部门的监督检查。',
    ),
    signLine('申请人', '盖章'),
    signLine('法定代表人', '签字'),
    h('五、审查意见'),
    p(`发包方意见：________________（${v.village}集体经济组织盖章）　${cnDate(null)}`, false),
    p(`乡（镇）人民政府审查意见：________________（${v.town}人民政府盖章）　${cnDate(null)}`, false),
    p(`县级农业农村主管部门审核意见：________________（盖章）　${cnDate(null)}`, false),
    p(
      review
        ? `审查批准文号：${review.approvalNo}　批准日期：${cnDate(review.approvedOn)}　审查层级：${review.tier === 'county' ? '县级' : '乡镇'}`
        : '审查批准文号：________________　批准日期：____年__月__日',
      false,
    ),
  ]);
}
