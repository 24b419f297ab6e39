import type { PdfPrinter } from '../print/print-page';
import { renderDocument, type DocumentFormat } from '../engine/render-document';
import { proposalDocument } from './proposal-document';
import type { ProposalInput } from './proposal-input';
import { proposalMaps } from './proposal-maps';

/** The bytes of one relocation proposal in the chosen format, its maps drawn from the parcel geometry. */
export async function renderProposal(input: ProposalInput, format: DocumentFormat, printer: PdfPrinter): Promise<Uint8Array> {
  return renderDocument(proposalDocument(input, { maps: proposalMaps(input) }), format, printer);
}
