import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

describe('the whole tree', () => {
  it('type-checks with no errors and no unused locals (tsc --noEmit over src, renderer, electron, resources and tests)', () => {
    const run = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', ROOT], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(run.error).toBeUndefined();
    expect(run.stdout.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 320_000);
});
