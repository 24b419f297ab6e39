import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/domain/calendar/clock';
import { processClock } from '../../src/host/process-clock';
import { TEST_NOW } from './test-now';

describe('the test clock', () => {
  it('starts every test file at the fixed instant, in process and in spawned command-line runs', () => {
    expect(shanghaiDate(new Date())).toBe(shanghaiDate(new Date(TEST_NOW)));
    expect(processClock().now().toISOString()).toBe(new Date(TEST_NOW).toISOString());
  });
});
