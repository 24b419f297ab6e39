import type { AuditChainHead } from '../../../domain/audit-chain';
import type { PdfPrinter } from '../print/print-page';
import { renderDocument, type DocumentFormat } from '../engine/render-document';
import { proposalDocument } from './proposal-document';
import type { ProposalInput } from './proposal-input';
import { proposalMaps } from './proposal-maps';

/** The bytes of one relocation proposal in the chosen format, its maps drawn from the parcel geometry, printed at audit chain head `head`. */
export async function renderProposal(input: ProposalInput, format: DocumentFormat, printer: PdfPrinter, head: AuditChainHead | null): Promise<Uint8Array> {
  return renderDocument(proposalDocument(input, { maps: proposalMaps(input) }), format, printer, head);
}
