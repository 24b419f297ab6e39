import { describe, expect, it } from 'vitest';
import { WriterEntrySchema, writerPhrase, writerSince, type WriterEntry } from '../../src/domain/writer';

const entry: WriterEntry = {
  pid: 1234,
  host: 'PC-1',
  user: 'li',
  program: 'landlink import',
  since: '2026-11-30T01:55:00.000Z',
  writing: { label: 'import 地块.shp', since: '2026-11-30T02:02:00.000Z' },
};

describe('a writer as messages name it', () => {
  it('gives the time its long write began in Beijing time, with the date when that was not today', () => {
    expect(writerSince(entry, '2026-11-30')).toBe('10:02');
    expect(writerSince({ ...entry, writing: null }, '2026-11-30')).toBe('09:55');
    // 23:30 UTC on the 29th is already 07:30 on the 30th in Beijing.
    expect(writerSince({ ...entry, writing: null, since: '2026-11-29T23:30:00.000Z' }, '2026-11-30')).toBe('07:30');
    expect(writerSince(entry, '2026-12-01')).toBe('2026-11-30 10:02');
  });

  it('names the process on this computer by its number, and one on another computer by host and user too', () => {
    expect(writerPhrase(entry, { host: 'PC-1' }, '2026-11-30')).toBe('landlink import（进程 1234，自 10:02 起）');
    expect(writerPhrase(entry, { host: 'PC-2' }, '2026-11-30')).toBe('landlink import（主机 PC-1 上用户 li 的进程 1234，自 10:02 起）');
  });

  it('reads only whole entries from the sidecar', () => {
    expect(WriterEntrySchema.safeParse(entry).success).toBe(true);
    expect(WriterEntrySchema.safeParse({ ...entry, pid: 0 }).success).toBe(false);
    expect(WriterEntrySchema.safeParse({ ...entry, since: 'gestern' }).success).toBe(false);
  });
});
