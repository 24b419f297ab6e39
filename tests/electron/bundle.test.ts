import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'landlink-electron-bundle-'));
  const configFile = path.join(root, 'electron', 'vite.config.ts');
  await build({ configFile, build: { outDir, emptyOutDir: true, sourcemap: false }, logLevel: 'silent' });
  await build({ configFile, mode: 'preload', build: { outDir, emptyOutDir: false, sourcemap: false }, logLevel: 'silent' });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const requiredModules = (file: string) =>
  [...readFileSync(path.join(outDir, file), 'utf-8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);

describe('the Electron bundles', () => {
  it('are CommonJS files that Node parses', () => {
    for (const file of ['main.cjs', 'preload.cjs']) {
      const check = spawnSync(process.execPath, ['--check', path.join(outDir, file)], { encoding: 'utf-8' });
      expect(check.stderr, file).toBe('');
      expect(check.status, file).toBe(0);
    }
  });

  it('make the preload one self-contained file needing only electron, as the sandbox requires', () => {
    expect(new Set(requiredModules('preload.cjs'))).toEqual(new Set(['electron']));
  });

  it('leave only electron, better-sqlite3 and Node builtins to load at runtime', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = requiredModules('main.cjs').filter((m) => !builtins.has(m!));
    expect(new Set(external)).toEqual(new Set(['electron', 'better-sqlite3']));
    expect(existsSync(path.join(outDir, 'chunks'))).toBe(false);
  });
});
