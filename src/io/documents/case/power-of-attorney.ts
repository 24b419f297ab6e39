import { formatYuan, yuanInCapitals } from '../../../domain/contract/capital-numerals';
import { formatMu } from '../../../domain/units';
import type { DocumentModel } from '../engine/document-model';
import { blank, CONTRACT_TITLE } from '../contract/contract-wording';
import { caseDocument, h, p, signLine, type CaseSources } from './case-document-frame';
import { householdOf } from './household-of';
import { parcelsTable, rentBasisText, term } from './case-wording';

/**
 * 委托书: one household entrusts the agent of the contract to sign for it (LT-08). Measures art. 10 asks the
 * letter to state the matters entrusted, the powers and the period, signed by both; the agent may not go
 * beyond the term, area and rent stated here.
 */
export function powerOfAttorney(src: CaseSources, householdId: number): DocumentModel {
  const v = src.contract;
  const agent = v.draft.agent;
  if (!agent) throw new RangeError(`合同 ${v.number ?? v.id} 没有农户代表人（受托人），无需委托书`);
  const { household: t, parcels } = householdOf(v, householdId);
  const area = parcels.reduce((s, r) => s + r.areaM2, 0);
  const rent = `人民币${formatYuan(t.annualRentYuan)}元（大写：${yuanInCapitals(t.annualRentYuan)}）`;
  return caseDocument(src, '农村土地经营权流转委托书', [
    p(`委托人（承包方户主）：${t.name}　身份证号码：${blank(t.idNumber, 18)}`, false),
    p(`承包合同代码：${t.contractCode}　地址：${blank(t.address)}`, false),
    p(`受托人：${agent.name}　身份证号码：${blank(agent.idNumber, 18)}`, false),
    h('一、委托事项'),
    p(
      `本户委托受托人代为与${v.transferee.name}协商并签订《${CONTRACT_TITLE[v.draft.mode]}》（合同编号：${v.number ?? '________'}），` +
        `将本户下列承包地共${formatMu(area)}亩的土地经营权流转给对方，并代为办理合同向发包方备案的手续。`,
    ),
    parcelsTable(parcels),
    h('二、委托权限'),
    p(
      `受托人只能按以下条件签约：流转期限${term(v.draft.startDate, v.draft.endDate)}，价款标准${rentBasisText(v)}，本户年租金${rent}，土地用途为${v.draft.use}。` +
        '受托人无权变更上述条件，无权代收租金（另有书面约定的除外），无权转委托。',
    ),
    h('三、委托期限'),
    p('自本委托书签署之日起至流转合同签订并向发包方备案之日止。'),
    p('本委托书一式三份，委托人、受托人、发包方各执一份。', true),
    h('签章'),
    signLine('委托人（户主）', '签字并按指印'),
    signLine('受托人', '签字并按指印'),
    signLine(`见证（${v.village}村民委员会）`, '盖章'),
  ]);
}
