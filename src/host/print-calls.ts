import { describeError } from '../api/envelope';
import type { DocumentsReport } from '../api/methods/documents';
import type { ApiService } from '../api/service';
import type { Command } from './cli-args';

/** What every `landlink print <kind>` shares: API calls that turn refusals into exit codes, and print jobs. */

export type Out = { log(line: string): void; error(line: string): void };
export type PrintCommand = Extract<Command, { command: 'print' }>;
type Summary = { id: number; number: string | null };

/** A refusal or failure the CLI reports as one line: exit code 2 for refusals, 1 for internal failures. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export async function call<T>(api: ApiService, method: string, input: unknown, actor: string): Promise<T> {
  const env = await api.dispatch(method, input, { actor });
  if (!env.ok) throw new Refused(`${method}: ${describeError(env.error)}`, env.error.code === 'internal' ? 1 : 2);
  return env.data as T;
}

/** Starts a print job and waits for its report. */
export async function printJob(api: ApiService, method: string, input: unknown, actor: string): Promise<DocumentsReport> {
  const { jobId } = await call<{ jobId: string }>(api, method, input, actor);
  const snap = await api.jobs.wait(jobId);
  if (snap.state !== 'done') throw new Refused(snap.error ? describeError(snap.error) : `print ${snap.state}`, snap.error?.code === 'internal' ? 1 : 2);
  return snap.result as DocumentsReport;
}

/** The contracts, and the one a target names: its number, else its draft id. */
export async function findContract(api: ApiService, target: string, actor: string): Promise<{ list: Summary[]; match: Summary | undefined }> {
  const list = await call<Summary[]>(api, 'contracts.list', {}, actor);
  const match = list.find((c) => c.number === target) ?? (/^\d+$/.test(target) ? list.find((c) => c.id === Number(target)) : undefined);
  return { list, match };
}

export function logReport(report: DocumentsReport, out: Out): void {
  for (const f of report.files) out.log(`${f}${report.drafts ? '（草稿）' : ''}`);
}
