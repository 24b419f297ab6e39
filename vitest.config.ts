import { defineConfig } from 'vitest/config';
import { TEST_NOW } from './tests/setup/test-now.ts';

const shared = {
  setupFiles: ['tests/setup/test-clock.ts'],
  // Command-line runs spawned by tests take the same frozen instant (src/host/process-clock.ts).
  env: { LANDLINK_CLOCK: TEST_NOW },
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

/**
 * Two projects: `unit` (everything in Node, no browser) and `e2e` (Chromium against the built renderer,
 * which only this project builds). `npm test` runs both; `npm run test:unit` and `test:e2e` one each.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'] } },
      { test: { ...shared, name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] } },
    ],
  },
});
