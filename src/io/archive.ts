import { unzipSync } from 'fflate';

/** The files of a .zip or .kmz, by their path inside the archive; folders are dropped. */
export function readArchive(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    throw new Error(`${file}: not a readable zip archive (${(err as Error).message})`);
  }
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/') && !name.startsWith('__MACOSX/')));
}
