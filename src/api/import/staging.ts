import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApiFailure } from '../envelope';

/**
 * Files the renderer uploads for an import (the browser cannot hand us a path). Each upload gets its own
 * folder; chunks must arrive in order and may not exceed the announced size, so a folder is either
 * complete or visibly not.
 */

const ROOT = join(tmpdir(), 'landlink-staging');
const MAX_TOTAL = 2 * 1024 ** 3;

interface Staged {
  dir: string;
  files: Map<string, number>;
}

const bad = (path: string, message: string) => new ApiFailure('bad_input', message, [{ path, message }]);

export class Staging {
  private readonly uploads = new Map<string, Staged>();

  begin(files: { name: string; size: number }[]): string {
    const total = files.reduce((s, f) => s + f.size, 0);
    if (total > MAX_TOTAL) throw bad('files', `upload too large (${total} bytes; at most ${MAX_TOTAL})`);
    const names = new Map<string, number>();
    files.forEach((f, i) => {
      if (basename(f.name) !== f.name || f.name.startsWith('.')) throw bad(`files.${i}.name`, `"${f.name}" is not a plain file name`);
      if (names.has(f.name)) throw bad(`files.${i}.name`, `"${f.name}" is listed twice`);
      names.set(f.name, f.size);
    });
    const id = randomUUID();
    const dir = join(ROOT, id);
    mkdirSync(dir, { recursive: true });
    this.uploads.set(id, { dir, files: names });
    return id;
  }

  put(id: string, name: string, offset: number, base64: string): number {
    const up = this.uploads.get(id);
    if (!up) throw new ApiFailure('not_found', `upload ${id} not found`, [{ path: 'stagingId', message: 'unknown upload' }]);
    const size = up.files.get(name);
    if (size === undefined) throw bad('name', `"${name}" was not announced in staging.begin`);
    const file = join(up.dir, name);
    const have = existsSync(file) ? statSync(file).size : 0;
    if (offset !== have) throw bad('offset', `expected offset ${have}, got ${offset}`);
    const bytes = Buffer.from(base64, 'base64');
    if (have + bytes.length > size) throw bad('data', `"${name}" would exceed its announced size ${size}`);
    appendFileSync(file, bytes);
    return have + bytes.length;
  }

  /** The folder of a finished upload; refuses one still missing bytes. */
  folder(id: string): string {
    const up = this.uploads.get(id);
    if (!up) throw new ApiFailure('not_found', `upload ${id} not found`, [{ path: 'source.stagingId', message: 'unknown upload' }]);
    for (const [name, size] of up.files) {
      const have = existsSync(join(up.dir, name)) ? statSync(join(up.dir, name)).size : 0;
      if (have !== size) throw bad('source.stagingId', `"${name}" is incomplete (${have} of ${size} bytes)`);
    }
    return up.dir;
  }

  discard(id: string): void {
    const up = this.uploads.get(id);
    if (up) rmSync(up.dir, { recursive: true, force: true });
    this.uploads.delete(id);
  }
}
