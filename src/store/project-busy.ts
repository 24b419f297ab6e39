import { writerPhrase, type WriterStatus } from '../domain/writer';

/** Where the holder is seen from: this computer, and the day of the refusal in Asia/Shanghai. */
export interface BusyContext {
  host: string;
  today: string;
}

/**
 * A write refused because another writer holds the project file: a long write of this process (an
 * import started from the screen) or another process (a `landlink import` on the same file). Nothing
 * was written. `retry` says the refused write was the first of its API call, so the whole call changed
 * nothing and may run again once the file is free.
 */
export class ProjectBusy extends Error {
  constructor(
    /** The writer holding the file, when it announced itself; null for a program that does not (QGIS, sqlite3). */
    readonly holder: WriterStatus['holder'],
    readonly retry: boolean,
    context: BusyContext,
  ) {
    super(`文件正被${busyHolderPhrase(holder, context)}写入`);
  }
}

function busyHolderPhrase(holder: WriterStatus['holder'], { host, today }: BusyContext): string {
  if (!holder) return '另一程序';
  if (holder.thisProcess) return `本程序的 ${holder.writing?.label ?? holder.program}（进程 ${holder.pid}）`;
  return ` ${writerPhrase(holder, { host }, today)}`;
}
