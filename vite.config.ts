import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Renderer build. Vite 8 transforms TSX itself (Oxc, automatic JSX runtime from tsconfig), so no
 * React plugin is needed. Output is served by the loopback host and by Electron's app:// protocol.
 * Build with `build({ configFile: 'vite.config.ts' })`; an inline `root` would override this one.
 */
export default defineConfig({
  // Absolute, so building from another working directory (tests, npm start) finds the same files.
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Keep every asset a real file: data: URIs would need a looser CSP (img-src data:).
    assetsInlineLimit: 0,
  },
});
