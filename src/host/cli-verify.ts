import { describeError } from '../api/envelope';
import { openApi } from '../api/service';
import { shortHash, type AuditChainHead, type AuditVerification } from '../domain/audit-chain';
import type { Clock } from '../domain/calendar/clock';
import type { Command } from './cli-args';

type Out = { log(line: string): void; error(line: string): void };

/** `#1234 · 7c0daa78`: the head as the info line and the printed footers show it. */
export const headLabel = (head: AuditChainHead | null): string => (head ? `#${head.id} · ${shortHash(head.hash)}` : '(empty)');

/**
 * `landlink verify`: SQLite's integrity check and the audit chain, through the same `audit.verify` the UI
 * calls. Exit codes: 0 both hold, 3 a finding (the first bad row named), 2 bad usage or no project.
 */
export async function runVerify(cmd: Extract<Command, { command: 'verify' }>, actor: string, clock: Clock, out: Out): Promise<number> {
  const api = openApi(cmd.file, actor, { clock });
  try {
    const env = await api.dispatch('audit.verify', {}, { actor });
    if (!env.ok) {
      out.error(`landlink: audit.verify: ${describeError(env.error)}`);
      return env.error.code === 'internal' ? 1 : 2;
    }
    const result = env.data as AuditVerification;
    if (cmd.json) out.log(JSON.stringify(result, null, 2));
    if (result.ok) {
      if (!cmd.json) out.log(`${cmd.file}: integrity_check ok; audit chain intact over ${result.rows} rows, head ${headLabel(result.head)} (${result.head?.at ?? '—'})`);
      return 0;
    }
    const { id, problem, message } = result.finding;
    out.error(`landlink: ${cmd.file}: ${problem.replace(/_/g, ' ')}${id === null ? '' : ` at audit row #${id}`}: ${message}`);
    return 3;
  } finally {
    api.close();
  }
}
