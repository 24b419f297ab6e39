import type { ContractView } from '../../../domain/contract/contract-view';
import { amendmentSection } from './amendment-section';
import { annexList, householdSchedule, liabilitySections, otherSections, rightsSections, signatureBlocks } from './contract-clauses';
import { landSection, partiesSection, preamble, rentSection } from './contract-sections';
import { CONTRACT_TITLE } from './contract-wording';
import type { Block, DocumentModel } from '../engine/document-model';

/**
 * The contract as a document model, in the section order of the model text (domain.md A.3; A.5 for share
 * entry). A draft — status 'draft' or any error finding — carries the 草稿 watermark and "（草稿）" in its
 * number, so it can never pass for a signed copy.
 */

export const isDraftContract = (view: ContractView): boolean => view.status === 'draft' || view.findings.some((f) => f.severity === 'error');

export function contractNumberText(view: ContractView): string {
  return `${view.number ?? '（未编号）'}${isDraftContract(view) ? '（草稿）' : ''}`;
}

/** Findings printed on a draft only, so whoever reads the paper sees why it is not final. */
function draftNotes(view: ContractView): Block[] {
  const shown = view.findings.filter((f) => f.severity !== 'info');
  if (shown.length === 0) return [];
  return [
    { kind: 'paragraph', text: '草稿检查提示（不属于合同正文，定稿前须处理）：', indent: false },
    ...shown.map((f): Block => ({ kind: 'paragraph', text: `${f.severity === 'error' ? '【错误】' : '【提示】'}${f.ruleId} ${f.message}`, indent: false })),
  ];
}

export interface ContractDocumentOptions {
  /** The 附图 drawing (parcelMapSvg); null prints a note that the map is attached separately. */
  mapSvg: string | null;
}

export function contractDocument(view: ContractView, { mapSvg }: ContractDocumentOptions): DocumentModel {
  const draft = isDraftContract(view);
  const title = CONTRACT_TITLE[view.draft.mode];
  const number = contractNumberText(view);
  const blocks: Block[] = [
    { kind: 'numberLine', text: `合同编号：${number}` },
    { kind: 'title', text: title },
    ...(draft ? draftNotes(view) : []),
    ...preamble(view),
    ...partiesSection(view),
    ...landSection(view),
    ...rentSection(view),
    ...rightsSections(view),
    ...otherSections(view),
    ...liabilitySections(view),
    ...signatureBlocks(view),
    ...annexList(view),
    ...(view.transferors.length > 1 ? householdSchedule(view) : []),
    ...amendmentSection(view),
    { kind: 'pageBreak' },
    { kind: 'heading', text: '附图：流转地块四至示意图' },
    {
      kind: 'figure',
      svg: mapSvg,
      note: mapSvg
        ? `${view.county}${view.town}${view.village}　图中编号与地块表序号一致`
        : '项目中缺少地块图形，未能生成附图，请另附四至示意图。',
    },
  ];
  return {
    title: `${title} ${number}`,
    headerText: `${title}　合同编号：${number}`,
    footerText: `数据指纹：${view.fingerprint}`,
    watermark: draft ? '草稿' : null,
    blocks,
  };
}
