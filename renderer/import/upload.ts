import { call } from '../api/client';
import { bytesToBase64, chunkRanges } from './chunks';

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Copies the picked files to a staging folder of the core, chunk by chunk, and returns its id; the
 * source of `import.inspect` and `import.start` is then `{ kind: 'staged', stagingId }`.
 */
export async function uploadFiles(files: readonly File[], onProgress: (p: UploadProgress) => void, signal: AbortSignal): Promise<string> {
  const total = files.reduce((s, f) => s + f.size, 0);
  const { stagingId } = await call('staging.begin', { files: files.map((f) => ({ name: f.name, size: f.size })) });
  let sent = 0;
  onProgress({ sent, total });
  for (const file of files) {
    for (const { offset, length } of chunkRanges(file.size)) {
      signal.throwIfAborted();
      const bytes = new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
      await call('staging.put', { stagingId, name: file.name, offset, data: bytesToBase64(bytes) });
      sent += length;
      onProgress({ sent, total });
    }
  }
  return stagingId;
}
