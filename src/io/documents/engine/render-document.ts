import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NoChromiumError } from '../print/no-chromium-error';
import type { PdfPrinter } from '../print/print-page';
import { documentDocx, type SvgRasterizer } from './document-docx';
import type { DocumentModel } from './document-model';
import { documentHtml } from './document-html';
import { withRegisterHead } from './register-head';
import type { AuditChainHead } from '../../../domain/audit-chain';

export type DocumentFormat = 'docx' | 'pdf';

/**
 * The bytes of one document in the chosen format, every page's footer carrying `head`, the audit chain
 * head it was printed at; the PDF comes from the print HTML through `printer`, the .docx figures' PNG twins
 * from `printer.rasterize`. Without Chromium a .docx is still written, its figures then showing only where
 * Word or WPS can draw SVG.
 */
export async function renderDocument(model: DocumentModel, format: DocumentFormat, printer: PdfPrinter, head: AuditChainHead | null): Promise<Uint8Array> {
  const doc = withRegisterHead(model, head);
  if (format === 'pdf') return printer.print(documentHtml(doc));
  const rasterize: SvgRasterizer = (svg, w, h) =>
    printer.rasterize(svg, w, h).catch((e: unknown) => {
      if (e instanceof NoChromiumError) return null;
      throw e;
    });
  return documentDocx(doc, rasterize);
}

/** Writes under a temporary name and renames, so a cancelled or failed print leaves no half file. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.part`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
