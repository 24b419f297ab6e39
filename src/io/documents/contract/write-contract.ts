import type { AuditChainHead } from '../../../domain/audit-chain';
import type { ContractView } from '../../../domain/contract/contract-view';
import type { PdfPrinter } from '../print/print-page';
import { renderDocument, type DocumentFormat } from '../engine/render-document';
import { contractDocument } from './contract-document';

/** The bytes of one contract in the chosen format, its 附图 drawn from `mapSvg`, printed at audit chain head `head`. */
export async function renderContract(view: ContractView, format: DocumentFormat, mapSvg: string | null, printer: PdfPrinter, head: AuditChainHead | null): Promise<Uint8Array> {
  return renderDocument(contractDocument(view, { mapSvg }), format, printer, head);
}
