import { basename, extname } from 'node:path';
import type { AttributeValue, EncodingGuess, SourceLayer, SourceProblem } from '../source-layer';
import { inferFields } from '../field-inference';

export interface TableRow {
  /** Where the row is in the sheet or file, as the planner would look for it (for problem texts). */
  where: string;
  cells: AttributeValue[];
}

export interface TableGrid {
  file: string;
  name?: string;
  format: 'xlsx' | 'csv';
  encoding: EncodingGuess | null;
  /** Header cells as read; blanks and duplicates are fixed here. */
  header: string[];
  rows: TableRow[];
  problems: SourceProblem[];
}

/** Column names from the header row: blanks get their column number, duplicates a suffix, both reported. */
function columnNames(header: string[], file: string, problems: SourceProblem[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, i) => {
    let name = raw.trim() || `第${i + 1}列`;
    if (!raw.trim()) problems.push({ file, record: null, reason: `表头第 ${i + 1} 列为空，按「${name}」导入`, fatal: false });
    if (seen.has(name)) {
      let n = 2;
      while (seen.has(`${name}_${n}`)) n++;
      problems.push({ file, record: null, reason: `表头「${name}」重复，第 ${i + 1} 列按「${name}_${n}」导入`, fatal: false });
      name = `${name}_${n}`;
    }
    seen.add(name);
    return name;
  });
}

/** The SourceLayer of a table: records are data rows in order (1 = the row under the header), no geometry. */
export function tableLayer(grid: TableGrid): SourceLayer {
  const { file, problems } = grid;
  const names = columnNames(grid.header, file, problems);
  const features = grid.rows.map((row, i) => {
    const record = i + 1;
    if (row.cells.length > names.length && row.cells.slice(names.length).some((c) => c !== null)) {
      problems.push({ file, record, reason: `${row.where}有 ${row.cells.length} 个值，比表头的 ${names.length} 列多，请检查分隔符或引号`, fatal: false });
    }
    const attrs = Object.fromEntries(names.map((n, c) => [n, row.cells[c] ?? null]));
    return { record, geometry: null, attrs };
  });
  const fields = inferFields(
    features.map((f) => f.attrs),
    names,
  );
  if (names.length === 0 && !problems.some((p) => p.fatal)) problems.push({ file, record: null, reason: '表格是空的，没有表头', fatal: true });
  return {
    file,
    name: grid.name ?? basename(file, extname(file)),
    format: grid.format,
    fields,
    crs: { srsId: null, how: 'unknown', detail: 'no geometry', swapped: false },
    encoding: grid.encoding,
    features,
    problems,
  };
}
