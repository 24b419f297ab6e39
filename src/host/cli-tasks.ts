import { resolve } from 'node:path';
import { describeError, type ApiError } from '../api/envelope';
import type { JobSnapshot } from '../api/jobs';
import type { ImportReport, Inspection } from '../api/methods/import';
import type { ExportReport } from '../api/methods/export';
import { openApi, type ApiService } from '../api/service';
import type { Clock } from '../domain/calendar/clock';
import { formatMu } from '../domain/units';
import type { Command } from './cli-args';
import { printWaits } from './writer-notices';

/**
 * The long task commands (import, export, check): thin wrappers over the same API methods and jobs the
 * UI uses, with progress on stderr. Exit codes: 0 done, 2 refused (bad input), 3 checks found errors.
 */

type Out = { log(line: string): void; error(line: string): void };

class Refused extends Error {
  constructor(readonly error: ApiError) {
    super(describeError(error));
  }
}

async function callOk<T>(api: ApiService, method: string, input: unknown, actor: string): Promise<T> {
  const env = await api.dispatch(method, input, { actor });
  if (!env.ok) throw new Refused(env.error);
  return env.data as T;
}

async function waitJob(api: ApiService, jobId: string, out: Out): Promise<JobSnapshot> {
  let last = '';
  api.jobs.onProgress = (job) => {
    if (job.id !== jobId || job.state !== 'running') return;
    const { phase, done, total } = job.progress;
    const line = total > 0 ? `${phase} ${Math.floor((100 * done) / total)}%` : phase;
    if (line !== last) out.error(`  … ${(last = line)}`);
  };
  const snap = await api.jobs.wait(jobId);
  api.jobs.onProgress = null;
  if (snap.state === 'failed') throw new Refused(snap.error!);
  return snap;
}

function printProblems(out: Out, problems: ImportReport['problems'], count: number): void {
  for (const p of problems.slice(0, 20)) out.error(`  ${p.file}${p.record === null ? '' : ` #${p.record}`}: ${p.reason}`);
  if (count > 20) out.error(`  … ${count - 20} more (use --json for all listed)`);
}

async function importOne(api: ApiService, cmd: Extract<Command, { command: 'import' }>, input: string, actor: string, out: Out): Promise<boolean> {
  const source = { kind: 'path' as const, path: resolve(input) };
  const options = {
    ...(cmd.encoding ? { encoding: cmd.encoding } : {}),
    ...(cmd.crs ? { srsId: cmd.crs } : {}),
    ...(cmd.sourceLayer ? { layer: cmd.sourceLayer } : {}),
    ...(cmd.swapXY === undefined ? {} : { swapXY: cmd.swapXY }),
  };
  const inspection = await callOk<Inspection>(api, 'import.inspect', { source, options, target: cmd.target }, actor);
  const mapping = {
    fields: { ...inspection.mapping.fields, ...(cmd.map ?? {}) },
    registeredAreaUnit: cmd.areaUnit ?? inspection.mapping.registeredAreaUnit,
  };
  if (!cmd.json) {
    out.error(`${inspection.file}: ${inspection.format}, ${inspection.featureCount} features, ${inspection.crs.srsId ? `EPSG:${inspection.crs.srsId}` : 'CRS unknown'} (${inspection.crs.detail})` +
      `${inspection.encoding ? `, ${inspection.encoding.label} (${inspection.encoding.detail})` : ''}${inspection.crs.swapped ? ', X/Y swapped' : ''}`);
    const mapped = Object.entries(mapping.fields).filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).join(', ');
    const unit = mapping.registeredAreaUnit === 'mu' ? '亩' : 'm²';
    out.error(`  mapping: ${mapped || '(none)'}${mapping.fields.registeredArea ? ` (registered area in ${unit})` : ''}`);
  }
  const { jobId } = await callOk<{ jobId: string }>(
    api,
    'import.start',
    { source, options, target: cmd.target, mapping, onBad: cmd.skipBad ? 'skip' : 'abort', onExisting: cmd.replace ? 'replace' : 'bad' },
    actor,
  );
  const report = (await waitJob(api, jobId, out)).result as ImportReport;
  if (cmd.json) out.log(JSON.stringify(report, null, 2));
  if (!report.committed) {
    out.error(`landlink: ${report.file}: not imported — ${report.problemCount} problem(s); nothing was written${cmd.skipBad ? '' : ' (use --skip-bad to leave bad records out)'}`);
    printProblems(out, report.problems, report.problemCount);
    return false;
  }
  if (!cmd.json) {
    out.log(`imported ${report.imported} ${report.target}${report.replaced ? `, replaced ${report.replaced}` : ''}${report.skipped ? `, skipped ${report.skipped}` : ''} from ${report.file}` +
      ` (EPSG:${report.fromSrsId} → EPSG:${report.toSrsId}); ellipsoidal ${formatMu(report.totals.ellipsoidM2)} 亩`);
    if (report.skipped) printProblems(out, report.problems, report.problemCount);
  }
  return true;
}

export async function runTask(cmd: Extract<Command, { command: 'import' | 'export' | 'check' }>, actor: string, clock: Clock, out: Out): Promise<number> {
  const api = openApi(cmd.file, actor, { clock, writer: { program: `landlink ${cmd.command}` } });
  try {
    switch (cmd.command) {
      case 'import': {
        printWaits(api, out, '导入');
        for (const input of cmd.inputs) if (!(await importOne(api, cmd, input, actor, out))) return 2;
        return 0;
      }
      case 'export': {
        const { jobId } = await callOk<{ jobId: string }>(
          api,
          'export.run',
          { layer: cmd.target, format: cmd.format, out: resolve(cmd.out), overwrite: cmd.overwrite, ...(cmd.crs ? { srsId: cmd.crs } : {}) },
          actor,
        );
        const report = (await waitJob(api, jobId, out)).result as ExportReport;
        out.log(`exported ${report.count} ${report.layer} as ${report.format} (EPSG:${report.srsId}):`);
        for (const f of report.files) out.log(`  ${f}`);
        return 0;
      }
      case 'check': {
        const { jobId } = await callOk<{ jobId: string }>(api, 'checks.run', {}, actor);
        const report = (await waitJob(api, jobId, out)).result as {
          parcels: number;
          byRule: Record<string, number>;
          problems: { rule: string; severity: string; message: string }[];
        };
        if (cmd.json) out.log(JSON.stringify(report, null, 2));
        else {
          out.log(`checked ${report.parcels} parcels: ${report.problems.length} problem(s)`);
          for (const [rule, n] of Object.entries(report.byRule)) out.log(`  ${rule}: ${n}`);
          for (const p of report.problems.slice(0, 50)) out.log(`  [${p.severity}] ${p.message}`);
        }
        return report.problems.some((p) => p.severity === 'error') ? 3 : 0;
      }
    }
  } catch (err) {
    if (err instanceof Refused) {
      out.error(`landlink: ${err.message}`);
      return err.error.code === 'internal' ? 1 : 2;
    }
    throw err;
  } finally {
    api.close();
  }
}
