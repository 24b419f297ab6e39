import { z } from 'zod';
import { shanghaiDate } from './calendar/clock';

/**
 * Who writes a project file. A LandLink process that writes (a long write such as an import, or a
 * desktop or browser session that keeps the file open for editing) announces itself beside the file,
 * so another process that has to wait for the file, or opens it too, can say which one it is.
 */
export const WriterEntrySchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  user: z.string(),
  /** The command or program: `landlink import`, `landlink serve`, `LandLink`. */
  program: z.string().min(1),
  /** When the process opened the file for writing (a session) or began its long write. */
  since: z.iso.datetime(),
  /** The long write it is doing now, which holds the file until it commits. */
  writing: z.object({ label: z.string(), since: z.iso.datetime() }).nullable(),
});
export type WriterEntry = z.infer<typeof WriterEntrySchema>;

export const WriterStatusSchema = z.object({
  /** This computer's name, to tell the writers of this computer from those of another. */
  host: z.string(),
  /** Calls and long writes of this process waiting for the file now. */
  waiting: z.number().int().min(0),
  /** The process holding the file for a long write now, or null when no LandLink process announces one. */
  holder: WriterEntrySchema.extend({ thisProcess: z.boolean() }).nullable(),
  /** The other LandLink processes that have the file open for writing. */
  others: z.array(WriterEntrySchema),
});
export type WriterStatus = z.infer<typeof WriterStatusSchema>;

/** The time a writer started, in Beijing time: `10:02` when that was `today`, else `2026-11-29 10:02`. */
export function writerSince(entry: WriterEntry, today: string): string {
  const start = new Date(entry.writing?.since ?? entry.since);
  const time = new Date(start.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
  const day = shanghaiDate(start);
  return day === today ? time : `${day} ${time}`;
}

/**
 * The writer as core messages name it: `landlink import（进程 1234，自 10:02 起）`; a process on another
 * computer also gets its host and user, since its process number means nothing on this one.
 */
export function writerPhrase(entry: WriterEntry, here: { host: string }, today: string): string {
  const where = entry.host === here.host ? `进程 ${entry.pid}` : `主机 ${entry.host} 上用户 ${entry.user} 的进程 ${entry.pid}`;
  return `${entry.program}（${where}，自 ${writerSince(entry, today)} 起）`;
}
