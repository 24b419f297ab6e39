import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bundles the Electron main process and preload into CommonJS under dist-electron/.
 * SSR mode gives Node resolution and keeps builtins external; everything else of ours and of
 * node_modules is inlined, except electron (provided at runtime) and better-sqlite3 (native).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  publicDir: false,
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
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        main: path.join(root, 'electron/main.ts'),
        // preload.ts imports only 'electron', so it comes out as one self-contained file.
        preload: path.join(root, 'electron/preload.ts'),
      },
      external: ['electron', 'better-sqlite3'],
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
});
