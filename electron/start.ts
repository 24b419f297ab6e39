import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureDemoProject } from '../src/host/demo-project';
import { startHost } from '../src/host/server';
import { parseStartArgs, type StartOptions } from './args';
import { findElectronBinary } from './electron-binary';

/**
 * `npm start`: the desktop app when the Electron binary is installed, otherwise the same UI from
 * the loopback browser host (design.md §7). Never downloads Electron: offline machines would hang.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererIndex = path.join(root, 'dist', 'renderer', 'index.html');

function newestMtime(entries: string[]): number {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isFile()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const name of readdirSync(entry, { recursive: true, encoding: 'utf-8' })) {
      if (name.split(path.sep).includes('node_modules')) continue;
      const file = statSync(path.join(entry, name));
      if (file.isFile()) newest = Math.max(newest, file.mtimeMs);
    }
  }
  return newest;
}

/** The renderer imports the contract, pure src code and the i18n catalogues, so those count too. */
function rendererIsStale(): boolean {
  if (!existsSync(rendererIndex)) return true;
  const sources = ['renderer', 'src', 'resources/i18n', 'vite.config.ts'].map((p) => path.join(root, p));
  return newestMtime(sources) > statSync(rendererIndex).mtimeMs;
}

// Each config sets its own absolute root; an inline root here would override it.
const buildRenderer = () => build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
const buildElectron = async () => {
  const configFile = path.join(root, 'electron', 'vite.config.ts');
  await build({ configFile, logLevel: 'warn' });
  await build({ configFile, mode: 'preload', logLevel: 'warn' });
};

async function runElectron(binary: string, options: StartOptions): Promise<never> {
  await buildRenderer();
  await buildElectron();
  const project = options.project ?? (await ensureDemoProject());
  const env = { ...process.env };
  // Set by some shells and tools; it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, '--project', project], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  process.exit(code);
}

async function runBrowserHost(options: StartOptions): Promise<void> {
  if (rendererIsStale()) await buildRenderer();
  const file = options.project ?? (await ensureDemoProject());
  const host = await startHost({ file, port: options.port, staticDir: path.dirname(rendererIndex) });
  console.log(`未找到 Electron 程序，改用浏览器: ${host.url} (Electron binary not installed; serving the same UI in the browser)`);
  const stop = () => {
    void host.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let options: StartOptions;
  try {
    options = parseStartArgs(process.argv.slice(2), process.env, process.cwd());
  } catch (err) {
    fail(`参数错误 (bad arguments): ${err instanceof Error ? err.message : String(err)}; usage: npm start -- [--project <file>] [--port N]`, 2);
  }
  if (options.project && !existsSync(options.project)) fail(`项目文件不存在 (project file not found): ${options.project}`, 2);
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const binary = findElectronBinary(electronDir, process.env);
  if (binary) await runElectron(binary, options);
  else await runBrowserHost(options);
}

main().catch((err: unknown) => fail(`启动失败 (start failed): ${err instanceof Error ? err.message : String(err)}`, 1));
