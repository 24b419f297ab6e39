import type { PrintPage } from '../print/print-page';
import type { Block, DocumentModel, HeaderCell, TableBlock } from './document-model';
import { BODY_FONT_STACK, TITLE_FONT_STACK } from './fonts';

/**
 * Print HTML for Chromium: A4, the table header repeating on every page (thead), rows that never split,
 * the number and fingerprint in Chromium's header and footer templates, and the watermark as a fixed
 * element, which Chromium repeats on every printed page.
 */

export const A4_MARGINS_MM = { top: 22, right: 20, bottom: 20, left: 20 };

/**
 * Text for the print fonts. The minus sign U+2212 (in rule bases and formulas) has no glyph in the
 * TrueType CJK fonts, so Chromium would fall back to Noto CJK and embed it as Type 3; the full-width
 * hyphen-minus reads the same in Chinese text and is in every CJK font.
 */
export const escapeHtml = (s: string): string =>
  s
    .replace(/\u2212/g, '－')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${BODY_FONT_STACK}; font-size: 10.5pt; line-height: 1.6; color: #000; }
.number { text-align: right; font-size: 10.5pt; margin: 0 0 4mm; }
h1 { font-family: ${TITLE_FONT_STACK}; font-weight: normal; font-size: 20pt; text-align: center; margin: 2mm 0 6mm; letter-spacing: 0.1em; }
h2 { font-family: ${TITLE_FONT_STACK}; font-weight: normal; font-size: 12pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 1mm; text-align: justify; }
p.indent { text-indent: 2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0 3mm; font-size: 9pt; line-height: 1.35; }
table.dense { font-size: 7.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { font-family: ${TITLE_FONT_STACK}; font-weight: normal; background: #f0f0f0; }
th, td { border: 0.6pt solid #000; padding: 0.8mm 0.8mm; vertical-align: middle; overflow-wrap: anywhere; word-break: break-all; }
tr.total td { font-family: ${TITLE_FONT_STACK}; }
.l { text-align: left; } .c { text-align: center; } .r { text-align: right; }
.page-break { break-after: page; page-break-after: always; height: 0; }
.figure { text-align: center; break-inside: avoid; }
.figure svg { width: 100%; height: auto; max-height: 225mm; }
.figure svg text { font-family: ${BODY_FONT_STACK} !important; }
.note { font-size: 9pt; text-align: center; margin-top: 2mm; }
.watermark { position: fixed; top: 45%; left: 50%; transform: translate(-50%, -50%) rotate(-40deg); font-family: ${TITLE_FONT_STACK};
  font-size: 150pt; color: rgba(200, 0, 0, 0.13); z-index: 10; pointer-events: none; white-space: nowrap; letter-spacing: 0.3em; }
`;

function headerCell(cell: HeaderCell): string {
  const span = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;
  return `<th${span}>${escapeHtml(cell.text)}</th>`;
}

function table(t: TableBlock): string {
  const cls = (i: number) => t.columns[i]!.align[0];
  const height = t.minRowHeightMm ? ` style="height:${t.minRowHeightMm}mm"` : '';
  const body = t.rows.map((r) => `<tr${height}>${r.map((c, i) => `<td class="${cls(i)}">${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  const total = t.total ? `<tr class="total">${t.total.map((c, i) => `<td class="${cls(i)}">${escapeHtml(c)}</td>`).join('')}</tr>` : '';
  return (
    `<table class="${t.columns.length >= 10 ? 'dense' : ''}"><colgroup>${t.columns.map((c) => `<col style="width:${c.widthPct}%">`).join('')}</colgroup>` +
    `<thead>${t.header.map((row) => `<tr>${row.map(headerCell).join('')}</tr>`).join('')}</thead><tbody>\n${body}\n${total}</tbody></table>`
  );
}

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${escapeHtml(b.text)}</h1>`;
    case 'numberLine':
      return `<div class="number">${escapeHtml(b.text)}</div>`;
    case 'heading':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'paragraph':
      return `<p${b.indent ? ' class="indent"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'table':
      return table(b);
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'figure':
      return `<div class="figure">${b.svg ?? ''}<p class="note">${escapeHtml(b.note)}</p></div>`;
  }
}

const band = (content: string) =>
  `<div style="font-family:${escapeHtml(BODY_FONT_STACK)};font-size:8pt;width:100%;margin:0 ${A4_MARGINS_MM.left}mm;display:flex;justify-content:space-between;color:#333">${content}</div>`;

export function documentHtml(doc: DocumentModel): PrintPage {
  const html =
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head><body>` +
    `${doc.watermark ? `<div class="watermark">${escapeHtml(doc.watermark)}</div>` : ''}\n${doc.blocks.map(block).join('\n')}\n</body></html>`;
  return {
    html,
    headerTemplate: band(`<span></span><span>${escapeHtml(doc.headerText)}</span>`),
    footerTemplate: band(`<span>${escapeHtml(doc.footerText)}</span><span>第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</span>`),
    marginsMm: A4_MARGINS_MM,
  };
}
