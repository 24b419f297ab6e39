import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bundles the Electron main process (default) or, with `--mode preload`, the preload into CommonJS
 * under dist-electron/. They are two builds because in one build the bundler may make the preload
 * require the main entry for shared runtime code, which a sandboxed preload cannot load.
 * SSR mode gives Node resolution and keeps builtins external; everything else of ours and of
 * node_modules is inlined, except electron (provided at runtime) and better-sqlite3 (native).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const entry = (mode: string) => (mode === 'preload' ? 'preload' : 'main');

export default defineConfig(({ mode }) => ({
  root,
  publicDir: false,
  resolve: {
    // The shell prints with printToPDF (electron/pdf-printer.ts); the browser host's Chromium driver stays out.
    alias: [{ find: /^.*\/io\/documents\/print\/chromium-printer$/, replacement: path.join(root, 'electron/no-chromium-printer.ts') }],
  },
  // Loaded by tsx and by vite's own config loader; neither needs the renderer's .env files.
  envDir: false,
  ssr: {
    target: 'node',
    noExternal: true,
    external: ['electron', 'better-sqlite3'],
  },
  build: {
    ssr: true,
    outDir: 'dist-electron',
    emptyOutDir: mode !== 'preload',
    target: 'node22',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { [entry(mode)]: path.join(root, `electron/${entry(mode)}.ts`) },
      external: ['electron', 'better-sqlite3'],
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
}));
