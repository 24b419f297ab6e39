import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, CHUNK_BYTES, chunkRanges, MAX_CHUNK_BYTES } from '../../../renderer/import/chunks';

describe('upload chunking', () => {
  it('covers a file exactly, in order, with no chunk over the limit', () => {
    const size = 2 * CHUNK_BYTES + 12345;
    const ranges = chunkRanges(size);
    expect(ranges.map((r) => r.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 12345]);
    let next = 0;
    for (const r of ranges) {
      expect(r.offset).toBe(next);
      expect(r.length).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
      next += r.length;
    }
    expect(next).toBe(size);
  });

  it('sends an exact multiple of the chunk size without a trailing empty chunk', () => {
    expect(chunkRanges(3 * 1000, 1000)).toEqual([
      { offset: 0, length: 1000 },
      { offset: 1000, length: 1000 },
      { offset: 2000, length: 1000 },
    ]);
  });

  it('sends an empty file as one empty chunk so the core still creates it', () => {
    expect(chunkRanges(0)).toEqual([{ offset: 0, length: 0 }]);
  });

  it('refuses chunk sizes the staging API would reject, and sizes that are not byte counts', () => {
    expect(() => chunkRanges(10, MAX_CHUNK_BYTES + 1)).toThrow(RangeError);
    expect(() => chunkRanges(10, 0)).toThrow(RangeError);
    expect(() => chunkRanges(-1)).toThrow(RangeError);
    expect(() => chunkRanges(1.5)).toThrow(RangeError);
  });

  it('encodes bytes as the base64 Node decodes, across the internal 32 KiB slices', () => {
    for (const n of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, 100_003]) {
      const bytes = new Uint8Array(randomBytes(n));
      expect(bytesToBase64(bytes), `${n} bytes`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('reassembles a multi-chunk file byte for byte from its base64 chunks', async () => {
    const original = new Uint8Array(randomBytes(MAX_CHUNK_BYTES + 777));
    const blob = new Blob([original]);
    const received = Buffer.alloc(blob.size);
    for (const { offset, length } of chunkRanges(blob.size)) {
      const data = bytesToBase64(new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()));
      expect(data.length).toBeLessThanOrEqual(11_200_000); // the staging.put schema's cap on the string
      Buffer.from(data, 'base64').copy(received, offset);
    }
    expect(received.equals(Buffer.from(original))).toBe(true);
  });
});
