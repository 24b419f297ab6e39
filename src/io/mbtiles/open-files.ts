import { statSync } from 'node:fs';
import { MbtilesError } from './mbtiles-error';
import { MbtilesFile } from './mbtiles-file';

interface Entry {
  file: MbtilesFile;
  /** Size and mtime when opened: a file replaced on disk is reopened rather than served stale. */
  stamp: string;
}

/**
 * The open MBTiles files, most recently used last. Opening costs a schema check and a metadata read,
 * far more than a tile lookup, so files stay open; a few suffice because one basemap shows at a time.
 */
export class OpenMbtiles {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 4) {}

  /** The open file at `path`; throws MbtilesError when it is gone or not MBTiles. */
  get(path: string): MbtilesFile {
    let stamp: string;
    try {
      const s = statSync(path);
      stamp = `${s.size}:${s.mtimeMs}`;
    } catch {
      this.drop(path);
      throw new MbtilesError('missing', path, `文件不存在 (file not found): ${path}`);
    }
    const cached = this.entries.get(path);
    this.entries.delete(path);
    if (cached?.stamp === stamp) {
      this.entries.set(path, cached);
      return cached.file;
    }
    cached?.file.close();
    const file = MbtilesFile.open(path);
    this.entries.set(path, { file, stamp });
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      entry.file.close();
      this.entries.delete(oldest);
    }
    return file;
  }

  get size(): number {
    return this.entries.size;
  }

  closeAll(): void {
    for (const entry of this.entries.values()) entry.file.close();
    this.entries.clear();
  }

  private drop(path: string): void {
    this.entries.get(path)?.file.close();
    this.entries.delete(path);
  }
}
