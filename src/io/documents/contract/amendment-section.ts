import type { ContractView } from '../../../domain/contract/contract-view';
import type { Block } from '../engine/document-model';

/**
 * 合同变更记录: the recorded amendments after the signed text, which stays as signed (the parcel table
 * above is the one numbered). Each names the parcels replaced and their successors with areas, the date,
 * the reason and who recorded it.
 */
export function amendmentSection(view: ContractView): Block[] {
  if (view.amendments.length === 0) return [];
  return [
    { kind: 'heading', text: '合同变更记录' },
    { kind: 'paragraph', text: '以下变更在合同签订后登记，合同正文及地块表保持签订时的内容。', indent: true },
    ...view.amendments.map(
      (a): Block => ({
        kind: 'paragraph',
        text: `第 ${a.no} 号变更（${a.amendedOn}）：${a.text}。变更原因：${a.reason}。登记人：${a.recordedBy}，登记时间：${a.recordedAt.slice(0, 10)}。`,
        indent: true,
      }),
    ),
  ];
}
