import { defineConfig } from 'vitest/config';
import { TEST_NOW } from './tests/setup/test-now';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/setup/test-clock.ts'],
    // Command-line runs spawned by tests take the same frozen instant (src/host/process-clock.ts).
    env: { LANDLINK_CLOCK: TEST_NOW },
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
