import { shortHash, type AuditChainHead } from '../../../domain/audit-chain';
import type { DocumentModel } from './document-model';

/** `记录 #1234 · 7c0daa78`: the audit chain head as a page footer prints it. */
export const registerMark = (head: AuditChainHead): string => `记录 #${head.id} · ${shortHash(head.hash)}`;

/**
 * The document with the audit chain head at print time after the data fingerprint in every page's footer.
 * The fingerprint tells which data a page shows; the head tells which state of the register it was printed
 * from, so a paper copy can be matched to the file it came from (`landlink info`, `landlink verify`) and
 * anything recorded after it shows as rows past that head. Null (nothing recorded) prints no mark.
 */
export function withRegisterHead(doc: DocumentModel, head: AuditChainHead | null): DocumentModel {
  return head ? { ...doc, footerText: `${doc.footerText}\u3000${registerMark(head)}` } : doc;
}
