import { hostname } from 'node:os';
import type { ApiService } from '../api/service';
import { writerPhrase } from '../domain/writer';

type Out = { error(line: string): void };

/** Prints, once per wait, which writer a command waits for: 「文件正被 landlink serve（进程 1234，自 10:02 起）写入，本次导入已排队等待…」. */
export function printWaits(api: ApiService, out: Out, what: string): void {
  api.project.writers.onWait = (busy) => out.error(`landlink: ${busy.message}，本次${what}已排队等待…`);
}

/** Tells a new session about the other sessions on the file: both may edit, one write after the other. */
export function printOtherWriters(api: ApiService, out: Out): void {
  const today = api.project.today();
  for (const other of api.project.writers.status().others) {
    out.error(`landlink: 注意：此文件也由 ${writerPhrase(other, { host: hostname() }, today)}打开；两处的编辑都会保存，依次写入，请避免同时修改同一条记录`);
  }
}
