import { formatYuan } from '../../../domain/contract/capital-numerals';
import { formatMu } from '../../../domain/units';
import type { DocumentModel } from '../engine/document-model';
import { blank, cnDate, PARTY_KIND } from '../contract/contract-wording';
import { caseDocument, formTable, h, p, signLine, type CaseSources } from './case-document-frame';
import { refsText, stepOf } from './case-steps';
import { CONTRACT_STATUS_LABEL, parcelsTable, rentBasisText, term, TRANSFER_MODE_LABEL } from './case-wording';

/**
 * 农村土地经营权流转合同备案登记表: the contract as the 发包方 records it and the township enters it in the
 * transfer ledger, in the ledger's columns (domain.md B.5 step 5), then the parcels and the filing and
 * ledger signatures. A contract still in draft carries the 草稿 watermark.
 */
export function filingRegister(src: CaseSources): DocumentModel {
  const { contract: v, case: c } = src;
  const e = v.transferee;
  const review = c.contract.socialCapitalReview;
  const filing = stepOf(c, 'bureau.filing');
  const registration = stepOf(c, 'bureau.registration');
  const mortgages = c.mortgages.filter((m) => m.status === 'active' || m.status === 'defaulted');
  const consentRefs = (kind: 'mortgage' | 'retransfer') =>
    c.consents.filter((x) => x.kind === kind).map((x) => x.documentRef).join('、') || '无';
  const names = v.transferors.map((t) => t.name);
  const status = CONTRACT_STATUS_LABEL[v.status] + (v.status === 'terminated' && c.contract.terminatedOn ? `（${cnDate(c.contract.terminatedOn)}）` : '');
  const form = formTable([
    ['合同编号', v.number ?? '（未编号）'],
    ['流转方式', TRANSFER_MODE_LABEL[v.draft.mode]],
    ['流出方（承包方）', names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}户` : names.join('、')],
    ['户数', `${names.length}户`],
    ['流入方', e.name],
    ['主体类型', PARTY_KIND[e.kind]],
    [e.uscc ? '统一社会信用代码' : '身份证号码', e.uscc ?? blank(e.idNumber, 18)],
    ['坐落', `${v.county}${v.town}${v.village}`],
    ['流转面积', `${formatMu(v.totals.areaM2)}亩（${v.parcelRows.length}块）`],
    ['土地用途', v.draft.use],
    ['流转期限', term(v.draft.startDate, v.draft.endDate)],
    ['价款标准', rentBasisText(v)],
    ['年租金总额', `${formatYuan(v.totals.annualRentYuan)}元`],
    ['签订日期', cnDate(v.draft.signedOn)],
    ['备案日期', cnDate(c.contract.filedOn ?? filing?.statusOn ?? null)],
    ['备案编号', refsText(filing) || '________'],
    ['社会资本审查批准文号', c.contract.socialCapital ? (review ? `${review.approvalNo}（${cnDate(review.approvedOn)}）` : '尚未批准') : '不适用'],
    ['经营权登记证号', refsText(registration) || '未登记'],
    ['经营权抵押', mortgages.length ? `是：${mortgages.map((m) => `${m.bank}（贷款编号${m.loanNo}）`).join('、')}` : '否'],
    ['抵押同意书', consentRefs('mortgage')],
    ['再流转', v.draft.consents.retransfer ? `合同允许；同意书 ${consentRefs('retransfer')}` : '合同未约定'],
    ['合同状态', status],
  ]);
  const holder = new Map(v.transferors.map((t) => [t.householdId, t.name]));
  return caseDocument(
    src,
    '农村土地经营权流转合同备案登记表',
    [
      p(`填报单位：${v.town}${v.village}（发包方）　　填报日期：${cnDate(null)}`, false),
      form,
      h('流转地块清单'),
      parcelsTable(v.parcelRows, (r) => holder.get(r.householdId) ?? ''),
      h('发包方备案意见'),
      p(`上述流转合同已报本集体经济组织备案，合同原件及附件已收悉。`),
      signLine('发包方', '盖章'),
      signLine('经办人', '签字'),
      h('乡（镇）农村土地承包管理部门登记'),
      p(`已登记入${v.town}农村土地经营权流转台账，合同原件归档。台账序号：________`),
      signLine('登记单位', '盖章'),
      signLine('登记人', '签字'),
    ],
    { watermark: v.status === 'draft' ? '草稿' : null },
  );
}
