import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ContractView } from '../../../domain/contract/contract-view';
import { NoChromiumError } from '../print/no-chromium-error';
import type { PdfPrinter } from '../print/print-page';
import { contractDocument } from './contract-document';
import { documentDocx, type SvgRasterizer } from './contract-docx';
import { documentHtml } from './contract-html';

export type DocumentFormat = 'docx' | 'pdf';

/**
 * The bytes of one contract in the chosen format; the PDF comes from the print HTML through `printer`, the
 * .docx map's PNG twin from `printer.rasterize`. Without Chromium a .docx is still written, its map then
 * showing only where Word or WPS can draw SVG.
 */
export async function renderContract(view: ContractView, format: DocumentFormat, mapSvg: string | null, printer: PdfPrinter): Promise<Uint8Array> {
  const doc = contractDocument(view, { mapSvg });
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
