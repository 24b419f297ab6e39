import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeightRule,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Align, Block, DocumentModel, TableBlock } from './document-model';
import { A4_MARGINS_MM } from './document-html';
import { BODY_FONT, TITLE_FONT } from './fonts';

/**
 * The same document model as an editable .docx (Word, WPS): A4 portrait, fonts by name (宋体 body, 黑体
 * titles, eastAsia slots set so Word picks them for Chinese), table header rows marked to repeat on every
 * page, rows that cannot split, the number and fingerprint in the page header and footer, and the 草稿
 * watermark as Word's own WordArt watermark in the header, which Word can remove through its menu.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
/** A4 in twips, as Word writes it (w:pgSz 11906 × 16838). */
const A4 = { width: 11906, height: 16838 };
const TEXT_WIDTH = A4.width - twips(A4_MARGINS_MM.left) - twips(A4_MARGINS_MM.right);

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const BODY = font(BODY_FONT);
const TITLE = font(TITLE_FONT);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
/** Sizes in half-points: 五号 10.5 pt body, 小二 18 pt title, 小四 12 pt headings. */
const SIZE = { body: 21, title: 36, heading: 24, table: 18, dense: 15, band: 16 };

/** Draws an SVG as PNG bytes at a pixel size; null where nothing can draw it (no Chromium on the machine). */
export type SvgRasterizer = (svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array | null>;

/**
 * Width of the PNG twin Word and WPS versions without SVG support show instead of the map: about 240 dpi
 * across the text width, sharp enough to read parcel numbers in print.
 */
const FALLBACK_WIDTH_PX = 1600;

/** The raster twin where none can be drawn: a 1×1 white pixel, as the docx format requires one. */
const BLANK_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function cellParagraph(text: string, align: Align, size: number, title: boolean): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 0, after: 0, line: 260 },
    children: [new TextRun({ text, font: title ? TITLE : BODY, size })],
  });
}

function table(t: TableBlock): Table {
  const size = t.columns.length >= 10 ? SIZE.dense : SIZE.table;
  const widths = t.columns.map((c) => Math.round((TEXT_WIDTH * c.widthPct) / 100));
  const margins = { top: 30, bottom: 30, left: 40, right: 40 };
  // Spanned header cells: the width of a cell is the sum of the columns it covers, its position the
  // next column not already held by a row-span from the row above.
  const held = new Set<string>();
  const header = t.header.map((row, r) => {
    let col = 0;
    const cells = row.map((cell) => {
      while (held.has(`${r}:${col}`)) col++;
      const span = cell.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let k = 1; k < (cell.rowSpan ?? 1); k++) for (let s = 0; s < span; s++) held.add(`${r + k}:${col + s}`);
      col += span;
      return new TableCell({
        children: [cellParagraph(cell.text, 'center', size, true)],
        columnSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        shading: { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' },
        margins,
      });
    });
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  });
  const height = t.minRowHeightMm ? { value: twips(t.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined;
  const bodyRow = (cells: string[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      height,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [cellParagraph(text, t.columns[i]!.align, size, bold)],
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins,
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...header, ...t.rows.map((r) => bodyRow(r, false)), ...(t.total ? [bodyRow(t.total, true)] : [])],
  });
}

/** The SVG's own aspect ratio from its viewBox (or width/height), so the map is never stretched. */
function svgAspect(svg: string): number {
  const vb = /viewBox="([\d.\-\s,]+)"/.exec(svg)?.[1]?.split(/[\s,]+/).map(Number);
  if (vb && vb.length === 4 && vb[2]! > 0 && vb[3]! > 0) return vb[3]! / vb[2]!;
  return 1.3;
}

/** The PNG twin of every distinct map SVG in the document, drawn once each before the document is built. */
async function rasterTwins(blocks: Block[], rasterize: SvgRasterizer): Promise<Map<string, Uint8Array>> {
  const twins = new Map<string, Uint8Array>();
  for (const b of blocks) {
    if (b.kind !== 'figure' || !b.svg || twins.has(b.svg)) continue;
    const png = await rasterize(b.svg, FALLBACK_WIDTH_PX, Math.round(FALLBACK_WIDTH_PX * svgAspect(b.svg)));
    twins.set(b.svg, png ?? BLANK_PNG);
  }
  return twins;
}

function figure(svg: string | null, note: string, twin: Uint8Array | undefined): Paragraph[] {
  const noteParagraph = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: note, font: BODY, size: SIZE.table })] });
  if (!svg) return [noteParagraph];
  const widthPx = Math.round((TEXT_WIDTH / 1440) * 96);
  const heightPx = Math.min(Math.round(widthPx * svgAspect(svg)), Math.round((225 / 25.4) * 96));
  const data = new TextEncoder().encode(svg);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data,
          transformation: { width: Math.round(heightPx / svgAspect(svg)), height: heightPx },
          fallback: { type: 'png', data: twin ?? BLANK_PNG },
        }),
      ],
    }),
    noteParagraph,
  ];
}

function block(b: Block, twins: Map<string, Uint8Array>): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [new TextRun({ text: b.text, font: TITLE, size: SIZE.title })] })];
    case 'numberLine':
      return [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: b.text, font: BODY, size: SIZE.body })] })];
    case 'heading':
      return [new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text: b.text, font: TITLE, size: SIZE.heading })] })];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 2 * SIZE.body * 10 } : undefined,
          spacing: { after: 40, line: 360 },
          children: [new TextRun({ text: b.text, font: BODY, size: SIZE.body })],
        }),
      ];
    case 'table':
      // An empty paragraph after a table keeps two adjacent tables from fusing into one in Word.
      return [table(b), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'figure':
      return figure(b.svg, b.note, b.svg ? twins.get(b.svg) : undefined);
  }
}

const band = (children: (string | TextRun)[]): Paragraph[] => [
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: children.map((c) => (typeof c === 'string' ? new TextRun({ text: c, font: BODY, size: SIZE.band }) : c)),
  }),
];

/** The .docx bytes; map figures keep their SVG and get a `rasterize`d PNG twin for Word without SVG. */
export async function documentDocx(doc: DocumentModel, rasterize: SvgRasterizer): Promise<Uint8Array> {
  const twins = await rasterTwins(doc.blocks, rasterize);
  const headerParagraphs = band([doc.headerText]);
  if (doc.watermark) {
    headerParagraphs.push(new Paragraph({ children: [new TextWatermark({ text: doc.watermark, font: TITLE_FONT, color: 'C80000', opacity: 0.2, layout: 'diagonal' })] }));
  }
  const footer = band([
    `${doc.footerText}　　第 `,
    new TextRun({ children: [PageNumber.CURRENT], font: BODY, size: SIZE.band }),
    ' 页 共 ',
    new TextRun({ children: [PageNumber.TOTAL_PAGES], font: BODY, size: SIZE.band }),
    ' 页',
  ]);
  const document = new Document({
    title: doc.title,
    styles: { default: { document: { run: { font: BODY, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: twips(A4_MARGINS_MM.top),
              right: twips(A4_MARGINS_MM.right),
              bottom: twips(A4_MARGINS_MM.bottom),
              left: twips(A4_MARGINS_MM.left),
              header: twips(10),
              footer: twips(10),
            },
          },
        },
        headers: { default: new Header({ children: headerParagraphs }) },
        footers: { default: new Footer({ children: footer }) },
        children: doc.blocks.flatMap((b) => block(b, twins)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
