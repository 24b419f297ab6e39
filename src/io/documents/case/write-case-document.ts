import type { AuditChainHead } from '../../../domain/audit-chain';
import type { CaseConsent } from '../../../domain/case/case-records';
import type { PdfPrinter } from '../print/print-page';
import type { DocumentModel } from '../engine/document-model';
import { renderDocument, type DocumentFormat } from '../engine/render-document';
import type { CaseSources } from './case-document-frame';
import { caseSummary } from './case-summary';
import { consentLetter } from './consent-letter';
import { filingRegister } from './filing-register';
import { powerOfAttorney } from './power-of-attorney';
import { socialCapitalApplication } from './social-capital-application';
import { trusteeshipContract } from './trusteeship-contract';

/** One case document to print; the household and record it is about where the kind needs one. */
export type CaseDocumentRequest =
  | { document: 'filingRegister' | 'socialCapitalApplication' | 'caseSummary' }
  | { document: 'consent'; householdId: number; consentKind: CaseConsent['kind'] }
  | { document: 'powerOfAttorney'; householdId: number }
  | { document: 'trusteeshipContract'; trusteeshipId: number };

export function caseDocumentModel(src: CaseSources, req: CaseDocumentRequest): DocumentModel {
  switch (req.document) {
    case 'filingRegister':
      return filingRegister(src);
    case 'socialCapitalApplication':
      return socialCapitalApplication(src);
    case 'caseSummary':
      return caseSummary(src);
    case 'consent':
      return consentLetter(src, req.householdId, req.consentKind);
    case 'powerOfAttorney':
      return powerOfAttorney(src, req.householdId);
    case 'trusteeshipContract':
      return trusteeshipContract(src, req.trusteeshipId);
  }
}

/** The bytes of one case document in the chosen format, printed at audit chain head `head`. */
export async function renderCaseDocument(src: CaseSources, req: CaseDocumentRequest, format: DocumentFormat, printer: PdfPrinter, head: AuditChainHead | null): Promise<Uint8Array> {
  return renderDocument(caseDocumentModel(src, req), format, printer, head);
}
