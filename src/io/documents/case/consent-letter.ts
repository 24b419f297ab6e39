import { formatYuan, yuanInCapitals } from '../../../domain/contract/capital-numerals';
import type { CaseConsent, Mortgage } from '../../../domain/case/case-records';
import { formatMu } from '../../../domain/units';
import type { Block, DocumentModel } from '../engine/document-model';
import { blank, CONTRACT_TITLE } from '../contract/contract-wording';
import { caseDocument, h, p, signLine, type CaseSources } from './case-document-frame';
import { householdOf } from './household-of';
import { parcelsTable, percent, term } from './case-wording';

/**
 * 同意书: a transferor household's written consent to the transferee mortgaging the management right
 * (LCL art. 47, LM-02) or re-transferring it (LCL art. 46), one per household. The mortgage letter names
 * the bank and loan of the case's mortgage over this household's parcels, or leaves blanks before one is
 * recorded; both letters say the 发包方 has been told, and household members co-sign (ABC Hubei practice).
 */

export type ConsentKind = CaseConsent['kind'];

export const CONSENT_TITLE: Record<ConsentKind, string> = {
  mortgage: '土地经营权抵押同意书',
  retransfer: '土地经营权再流转同意书',
};

/** The mortgage of the case that covers any of these parcels, the most recent first. */
function mortgageOver(mortgages: readonly Mortgage[], parcelIds: ReadonlySet<number>): Mortgage | null {
  const over = mortgages.filter((m) => m.parcels.some((c) => parcelIds.has(c.parcelId)));
  return over.sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
}

function mortgageTerms(m: Mortgage | null, parcelIds: ReadonlySet<number>): Block[] {
  if (!m) {
    return [
      p('本户同意乙方以上述地块的土地经营权向________________（贷款银行）设定抵押，申请贷款人民币________元，贷款期限自____年__月__日至____年__月__日。'),
    ];
  }
  const areaM2 = m.parcels.filter((c) => parcelIds.has(c.parcelId)).reduce((s, c) => s + c.areaM2, 0);
  return [
    p(
      `本户同意乙方以上述地块中${formatMu(areaM2)}亩的土地经营权向${m.bank}设定抵押，申请经营权抵押贷款：贷款编号${m.loanNo}，` +
        `金额人民币${formatYuan(m.amountYuan)}元（大写：${yuanInCapitals(m.amountYuan)}），年利率${percent(m.annualRate)}，` +
        `贷款期限${term(m.startDate, m.maturityDate)}${m.purpose.trim() ? `，用途：${m.purpose.trim()}` : ''}。`,
    ),
  ];
}

export function consentLetter(src: CaseSources, householdId: number, kind: ConsentKind): DocumentModel {
  const v = src.contract;
  const { household: t, parcels } = householdOf(v, householdId);
  const ids = new Set(parcels.map((r) => r.parcelId));
  const area = parcels.reduce((s, r) => s + r.areaM2, 0);
  const recorded = src.case.consents.find((c) => c.householdId === householdId && c.kind === kind) ?? null;
  const e = v.transferee;
  const blocks: Block[] = [
    p(`承包方（户主）：${t.name}　身份证号码：${blank(t.idNumber, 18)}`, false),
    p(`承包合同代码：${t.contractCode}　地址：${blank(t.address)}`, false),
    p(`受让方（乙方）：${e.name}　${e.uscc ? `统一社会信用代码：${e.uscc}` : `身份证号码：${blank(e.idNumber, 18)}`}`, false),
    p(
      `本户依据《${CONTRACT_TITLE[v.draft.mode]}》（合同编号：${v.number ?? '________'}）将下列承包地共${formatMu(area)}亩的土地经营权流转给乙方，` +
        `流转期限${term(v.draft.startDate, v.draft.endDate)}。`,
    ),
    parcelsTable(parcels),
    h('同意事项'),
    ...(kind === 'mortgage'
      ? [
          ...mortgageTerms(mortgageOver(src.case.mortgages, ids), ids),
          p('贷款到期日不得晚于流转合同到期日。乙方应按流转合同约定按时足额支付租金；抵押权实现时，受让人应继续履行流转合同，不得改变土地农业用途，不得损害本户的土地承包权。'),
          p('依据《中华人民共和国农村土地承包法》第四十七条，本户同意上述抵押，并同意在抵押权实现时依法处置该土地经营权。'),
        ]
      : [
          p(
            '本户同意乙方在流转期限内依法将上述地块的土地经营权再流转。再流转的期限不得超过原流转合同的剩余期限，不得改变土地农业用途；' +
              '再流转后乙方仍应按原合同约定向本户支付租金并承担原合同义务。',
          ),
          p('依据《中华人民共和国农村土地承包法》第四十六条，再流转须经本户书面同意并向本集体经济组织备案。'),
        ]),
    p(`本户已将上述事项告知发包方（${v.village}集体经济组织）。户内家庭成员均已知悉并同意。`),
    ...(recorded ? [p(`本同意书档案编号：${recorded.documentRef}`, false)] : []),
    h('签章'),
    signLine('承包方（户主）', '签字并按指印', recorded?.signedOn ?? null),
    signLine('户内家庭成员', '签字并按指印', recorded?.signedOn ?? null),
    signLine(`发包方（${v.village}集体经济组织）已知悉`, '盖章'),
  ];
  return caseDocument(src, CONSENT_TITLE[kind], blocks);
}
