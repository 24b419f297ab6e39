import { dataFingerprint } from '../engine/data-fingerprint';
import type { CaseView } from '../../../domain/case/case-view';
import type { ContractView } from '../../../domain/contract/contract-view';
import type { Block, DocumentModel, TableBlock } from '../engine/document-model';
import { cnDate } from '../contract/contract-wording';

/**
 * What every case document is built from, and the frame they share: the number line and title on top,
 * the title and contract number in the page header, the data fingerprint in the footer.
 */

export interface CaseSources {
  contract: ContractView;
  case: CaseView;
}

/**
 * The contract's fingerprint joined to a short hash of the case's own data (steps and records), so a
 * paper can be matched to both. Gates, deadlines and the timeline are left out: they follow from the
 * data and the day of printing, and the same data printed on another day must carry the same stamp.
 */
export function caseFingerprint({ contract, case: c }: CaseSources): string {
  return `${contract.fingerprint}-${dataFingerprint([c.lanes.map((l) => l.steps), c.mortgages, c.insurances, c.trusteeships, c.consents], 8)}`;
}

export const contractNumberOf = (contract: ContractView): string => contract.number ?? `（未编号，草稿 ${contract.id}）`;

export interface FrameOptions {
  /** 草稿 on a document whose contract is still a draft. */
  watermark?: string | null;
  /** How the transfer contract's number is named: 合同编号, or 所属流转合同编号 on a document of its own. */
  numberLabel?: string;
}

export function caseDocument(src: CaseSources, title: string, blocks: Block[], { watermark = null, numberLabel = '合同编号' }: FrameOptions = {}): DocumentModel {
  const number = contractNumberOf(src.contract);
  return {
    title: `${title} ${number}`,
    headerText: `${title}　${numberLabel}：${number}`,
    footerText: `数据指纹：${caseFingerprint(src)}`,
    watermark,
    blocks: [{ kind: 'numberLine', text: `${numberLabel}：${number}` }, { kind: 'title', text: title }, ...blocks],
  };
}

export const h = (text: string): Block => ({ kind: 'heading', text });
export const p = (text: string, indent = true): Block => ({ kind: 'paragraph', text, indent });

/** A signing line: who signs, the way they sign (签字、盖章、按指印), and the date, by hand unless known. */
export const signLine = (who: string, how: string, date: string | null = null): Block => p(`${who}（${how}）：________________　　${cnDate(date)}`, false);

/** A form laid out as label | value | label | value; an odd last pair spans the row. */
export function formTable(pairs: [string, string][]): TableBlock {
  const rows: string[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [a, b] = [pairs[i]!, pairs[i + 1]];
    rows.push(b ? [a[0], a[1], b[0], b[1]] : [a[0], a[1], '', '']);
  }
  return {
    kind: 'table',
    columns: [
      { widthPct: 17, align: 'center' },
      { widthPct: 33, align: 'left' },
      { widthPct: 17, align: 'center' },
      { widthPct: 33, align: 'left' },
    ],
    header: [[{ text: '项目' }, { text: '内容' }, { text: '项目' }, { text: '内容' }]],
    rows,
    total: null,
    minRowHeightMm: null,
  };
}
