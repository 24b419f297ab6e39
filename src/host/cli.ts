import { describeError } from '../api/envelope';
import { methodInputSchemas } from '../api/json-schema';
import { createDemoProject, createEmptyProject, ensureDemoProject, ProjectError, readProjectInfo } from '../api/project-files';
import { openApi, safeUser } from '../api/service';
import type { Clock } from '../domain/calendar/clock';
import { processClock } from './process-clock';
import { formatMu } from '../domain/units';
import { parseCommand, USAGE, UsageError, type Command } from './cli-args';
import { runPrint } from './cli-print';
import { runTask } from './cli-tasks';
import { headLabel, runVerify } from './cli-verify';
import { startHost } from './server';
import { printOtherWriters, printWaits } from './writer-notices';

type Out = { log(line: string): void; error(line: string): void };

/** Runs one command; returns the exit code. Output goes through `out` so tests can capture it. */
export async function runCli(argv: string[], out: Out = console): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(out, err.message, 2);
    throw err;
  }
  const actor = safeUser();
  let clock: Clock;
  try {
    clock = processClock();
  } catch (err) {
    return fail(out, err instanceof Error ? err.message : String(err), 2);
  }
  try {
    switch (command.command) {
      case 'help':
        out.log(USAGE);
        return 0;
      case 'new':
        createEmptyProject(command.file, { name: command.name ?? command.file, srsId: command.srs, synthetic: false }, actor, { clock });
        out.log(`created ${command.file}`);
        return 0;
      case 'demo':
        createDemoProject(command.file, actor, { clock });
        out.log(`created ${command.file} (synthetic demo data / 虚构示例数据)`);
        return 0;
      case 'info': {
        const info = readProjectInfo(command.file, actor, { clock });
        if (command.json) out.log(JSON.stringify(info, null, 2));
        else {
          out.log(`${info.name}${info.synthetic ? ' (synthetic / 虚构)' : ''} — EPSG:${info.srsId}, schema ${info.schemaVersion}`);
          for (const [k, v] of Object.entries(info.counts)) out.log(`  ${k}: ${v}`);
          const p = info.areas.parcels;
          out.log(`  parcel area: ellipsoidal ${formatMu(p.ellipsoidM2)} 亩, planar ${formatMu(p.planarM2)} 亩, registered ${formatMu(p.registeredM2)} 亩`);
          out.log(`  audit chain: ${info.auditRows} rows, head ${headLabel(info.auditHead)}${info.auditHead ? ` (${info.auditHead.at})` : ''}`);
        }
        return 0;
      }
      case 'import':
      case 'export':
      case 'check':
        return await runTask(command, actor, clock, out);
      case 'verify':
        return await runVerify(command, actor, clock, out);
      case 'print':
        return await runPrint(command, actor, clock, out);
      case 'call-list':
        out.log(JSON.stringify(methodInputSchemas(), null, 2));
        return 0;
      case 'call': {
        let input: unknown;
        try {
          input = JSON.parse(command.input);
        } catch {
          return fail(out, `call: input: not valid JSON: ${command.input}`, 2);
        }
        const api = openApi(command.file, actor, { clock, writer: { program: 'landlink call' } });
        printWaits(api, out, '调用');
        try {
          const envelope = await api.dispatch(command.method, input, { actor });
          if (!envelope.ok) return fail(out, `${command.method}: ${describeError(envelope.error)}`, envelope.error.code === 'internal' ? 1 : 2);
          out.log(JSON.stringify(envelope.data, null, 2));
          return 0;
        } finally {
          api.close();
        }
      }
      case 'serve': {
        const file = command.file ?? ensureDemoProject(undefined, undefined, { clock });
        const host = await startHost({ file, port: command.port, actor, clock });
        out.log(`LandLink: ${host.url} (${file})`);
        printOtherWriters(host.api, out);
        await new Promise<void>((resolve) => {
          const stop = () => void host.close().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof ProjectError) return fail(out, err.message, 2);
    return fail(out, err instanceof Error ? err.message.split('\n')[0]! : String(err), 1);
  }
}

function fail(out: Out, message: string, code: number): number {
  out.error(`landlink: ${message}`);
  return code;
}
