import { vi } from 'vitest';
import { TEST_NOW } from './test-now';

// The core's clock defaults to the system clock: in-process tests that do not inject one read a Date that
// starts at TEST_NOW and runs on from there (timers stay real). Spawned CLIs read LANDLINK_CLOCK (vitest.config).
vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
