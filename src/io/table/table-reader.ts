import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReadOptions, SourceLayer } from '../source-layer';
import { readCsv } from './csv-reader';
import { readXlsx } from './xlsx-reader';

/** Reads an .xlsx or .csv by its extension (anything else is tried as CSV). */
export async function readTable(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<SourceLayer> {
  return extname(file).toLowerCase() === '.xlsx' ? readXlsx(bytes, file, opts) : readCsv(bytes, file, opts);
}

export async function readTableFromPath(path: string, opts: ReadOptions = {}): Promise<SourceLayer> {
  return readTable(await readFile(path), path, opts);
}
