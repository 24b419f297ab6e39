import { join, resolve } from 'node:path';
import { describeError } from '../api/envelope';
import { contractFileName, type DocumentsReport } from '../api/methods/documents';
import { openApi, type ApiService } from '../api/service';
import type { Command } from './cli-args';

/**
 * `landlink print contract <file> <number|draft-id|all> --format docx|pdf --out <path>`: a thin wrapper over
 * 'contracts.list' and 'documents.contract', one job per contract. Exit codes: 0 done, 2 refused or unknown
 * contract, 1 failure (e.g. no Chromium for a PDF).
 */

type Out = { log(line: string): void; error(line: string): void };
type Summary = { id: number; number: string | null };

class Refused extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

async function call<T>(api: ApiService, method: string, input: unknown, actor: string): Promise<T> {
  const env = await api.dispatch(method, input, { actor });
  if (!env.ok) throw new Refused(`${method}: ${describeError(env.error)}`, env.error.code === 'internal' ? 1 : 2);
  return env.data as T;
}

async function printOne(api: ApiService, cmd: PrintCommand, id: number, out: string, actor: string): Promise<DocumentsReport> {
  const { jobId } = await call<{ jobId: string }>(api, 'documents.contract', { id, format: cmd.format, out, overwrite: cmd.overwrite }, actor);
  const snap = await api.jobs.wait(jobId);
  if (snap.state !== 'done') throw new Refused(snap.error ? describeError(snap.error) : `print ${snap.state}`, snap.error?.code === 'internal' ? 1 : 2);
  return snap.result as DocumentsReport;
}

type PrintCommand = Extract<Command, { command: 'print' }>;

export async function runPrint(cmd: PrintCommand, actor: string, out: Out): Promise<number> {
  const api = openApi(cmd.file, actor);
  try {
    const list = await call<Summary[]>(api, 'contracts.list', {}, actor);
    if (cmd.target === 'all') {
      const numbered = list.filter((c) => c.number !== null);
      if (numbered.length === 0) throw new Refused('print: no numbered contract in this project', 2);
      for (const [i, c] of numbered.entries()) {
        out.error(`  … printing ${i + 1}/${numbered.length}`);
        const report = await printOne(api, cmd, c.id, join(resolve(cmd.out), contractFileName(c, cmd.format)), actor);
        for (const f of report.files) out.log(f);
      }
      return 0;
    }
    const match = list.find((c) => c.number === cmd.target) ?? (/^\d+$/.test(cmd.target) ? list.find((c) => c.id === Number(cmd.target)) : undefined);
    if (!match) throw new Refused(`print: no contract numbered or with draft id "${cmd.target}"`, 2);
    const report = await printOne(api, cmd, match.id, resolve(cmd.out), actor);
    for (const f of report.files) out.log(`${f}${report.drafts ? '（草稿）' : ''}`);
    return 0;
  } catch (err) {
    if (err instanceof Refused) {
      out.error(`landlink: ${err.message}`);
      return err.code;
    }
    throw err;
  } finally {
    api.close();
  }
}
