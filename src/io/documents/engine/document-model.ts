/**
 * A printable document as plain data: the blocks in reading order plus what every page carries. One model
 * per document kind is built from the record, then rendered twice — to print HTML (→ PDF) and to .docx — so
 * the two outputs cannot drift apart in content or order.
 */

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  widthPct: number;
  align: Align;
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Repeated at the top of every page the table runs onto. */
  header: HeaderCell[][];
  rows: string[][];
  /** A closing row (合计), kept with the last body row. */
  total: string[] | null;
  /** Tall rows for signing and fingerprints. */
  minRowHeightMm: number | null;
}

export type Block =
  | { kind: 'title'; text: string }
  /** A short line pinned to the right: the contract number under the title. */
  | { kind: 'numberLine'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; indent: boolean }
  | TableBlock
  | { kind: 'pageBreak' }
  /** The 附图 page: an SVG drawing scaled to the text width, or a note when no map could be drawn. */
  | { kind: 'figure'; svg: string | null; note: string };

export interface DocumentModel {
  title: string;
  /** Printed in the page header of every page. */
  headerText: string;
  /** Printed in the page footer of every page, before the page number. */
  footerText: string;
  /** A diagonal watermark on every page (草稿), or null. */
  watermark: string | null;
  blocks: Block[];
}
