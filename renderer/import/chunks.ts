/** Files reach the browser host in base64 chunks; `staging.put` takes at most 8 MiB decoded per call. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;
/** Smaller than the limit so the upload bar moves and each request stays well under the host's body cap. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

export interface ChunkRange {
  offset: number;
  length: number;
}

/** The byte ranges a file of `size` bytes is sent in, in order; an empty file is one empty chunk. */
export function chunkRanges(size: number, chunkBytes = CHUNK_BYTES): ChunkRange[] {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`file size ${size} is not a byte count`);
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0 || chunkBytes > MAX_CHUNK_BYTES) throw new RangeError(`chunk size ${chunkBytes} is out of range`);
  if (size === 0) return [{ offset: 0, length: 0 }];
  const ranges: ChunkRange[] = [];
  for (let offset = 0; offset < size; offset += chunkBytes) ranges.push({ offset, length: Math.min(chunkBytes, size - offset) });
  return ranges;
}

// String.fromCharCode takes its arguments on the stack; 32 Ki at a time is safe in every engine.
const SLICE = 0x8000;

/** Standard base64 of raw bytes (what Node's Buffer.from(data, 'base64') reads back). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
