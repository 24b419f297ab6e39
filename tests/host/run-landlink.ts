import { runCli } from '../../src/host/cli';

export interface CliRun {
  code: number;
  /** What the command printed to standard output, one line per log call, newline-terminated. */
  out: string;
  /** Standard error, trimmed. */
  err: string;
}

/**
 * Runs the `landlink` command in this process, as `bin.mjs` does, collecting what it prints: the tests
 * exercise the same argument parsing and task code without paying a TypeScript compile per call.
 * `bin.mjs` itself is covered by one spawned run (cli.test.ts).
 */
export async function landlink(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.length ? `${out.join('\n')}\n` : '', err: err.join('\n').trim() };
}
