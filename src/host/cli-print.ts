import { join, resolve } from 'node:path';
import { contractFileName } from '../api/methods/documents';
import { openApi, type ApiService } from '../api/service';
import type { Clock } from '../domain/calendar/clock';
import { printCase } from './cli-print-case';
import { call, findContract, logReport, printJob, Refused, type Out, type PrintCommand } from './print-calls';

/**
 * `landlink print <kind> <file> <target> --format docx|pdf --out <path>`: thin wrappers over the documents
 * API methods, one job per document, dispatched by kind:
 *   contract  <number|draft-id|all>  'contracts.list' then 'documents.contract'
 *   proposal  <project-code>         'documents.proposal' (the linkage project's 搬迁安置方案)
 *   case      <number|draft-id>      'documents.case' (the case summary, or --document kind)
 * Exit codes: 0 done, 2 refused or unknown target, 1 failure (e.g. no Chromium for a PDF).
 */

async function printContracts(api: ApiService, cmd: PrintCommand, actor: string, out: Out): Promise<void> {
  const printOne = (id: number, file: string) => printJob(api, 'documents.contract', { id, format: cmd.format, out: file, overwrite: cmd.overwrite }, actor);
  if (cmd.target === 'all') {
    const list = await call<{ id: number; number: string | null }[]>(api, 'contracts.list', {}, actor);
    const numbered = list.filter((c) => c.number !== null);
    if (numbered.length === 0) throw new Refused('print: no numbered contract in this project', 2);
    for (const [i, c] of numbered.entries()) {
      out.error(`  … printing ${i + 1}/${numbered.length}`);
      const report = await printOne(c.id, join(resolve(cmd.out), contractFileName(c, cmd.format)));
      for (const f of report.files) out.log(f);
    }
    return;
  }
  const { match } = await findContract(api, cmd.target, actor);
  if (!match) throw new Refused(`print: no contract numbered or with draft id "${cmd.target}"`, 2);
  logReport(await printOne(match.id, resolve(cmd.out)), out);
}

async function printProposal(api: ApiService, cmd: PrintCommand, actor: string, out: Out): Promise<void> {
  logReport(await printJob(api, 'documents.proposal', { code: cmd.target, format: cmd.format, out: resolve(cmd.out), overwrite: cmd.overwrite }, actor), out);
}

const PRINTERS: Record<PrintCommand['kind'], (api: ApiService, cmd: PrintCommand, actor: string, out: Out) => Promise<void>> = {
  contract: printContracts,
  proposal: printProposal,
  case: printCase,
};

export async function runPrint(cmd: PrintCommand, actor: string, clock: Clock, out: Out): Promise<number> {
  const api = openApi(cmd.file, actor, { clock });
  try {
    await PRINTERS[cmd.kind](api, cmd, actor, out);
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
