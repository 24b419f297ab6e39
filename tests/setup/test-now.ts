/**
 * The instant every test runs at: the demo's contracts, cases and linkage deadlines are dated around it,
 * so results do not drift as the calendar moves on. 10:00 in Beijing keeps a day's tests on one date.
 */
export const TEST_NOW = '2026-11-30T10:00:00+08:00';
