import { resolve } from 'node:path';
import type { ApiService } from '../api/service';
import { findContract, logReport, printJob, Refused, type Out, type PrintCommand } from './print-calls';

/**
 * `landlink print case <file> <contract-number|draft-id> --format docx|pdf --out <path> [--document kind]
 * [--consent mortgage|retransfer]`: the case summary by default, or another case document through
 * 'documents.case'; per-household documents write one file per household next to `out`.
 */
export async function printCase(api: ApiService, cmd: PrintCommand, actor: string, out: Out): Promise<void> {
  const { match } = await findContract(api, cmd.target, actor);
  if (!match) throw new Refused(`print: no contract numbered or with draft id "${cmd.target}"`, 2);
  const document = cmd.document ?? 'caseSummary';
  const input = {
    contractId: match.id,
    document,
    ...(document === 'consent' ? { consentKind: cmd.consent ?? 'mortgage' } : {}),
    format: cmd.format,
    out: resolve(cmd.out),
    overwrite: cmd.overwrite,
  };
  logReport(await printJob(api, 'documents.case', input, actor), out);
}
