import { relative, sep } from 'node:path';
import { readSource } from '../../io/read-source';
import type { AttributeValue } from '../../io/source-layer';
import { joinHouseholds, type JoinRow } from '../../store/household-join';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import { inspectSource } from '../import/inspect';
import { JobCancelled } from '../jobs';
import { runImport } from '../import/run-import';
import { Staging } from '../import/staging';
import type { importMethods } from '../methods/import';
import type { HandlerDeps } from './deps';

/** Uploads are per process: the renderer and this host live and die together. */
const staging = new Staging();

const text = (v: AttributeValue | undefined): string | null => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim());

export function importHandlers({ project, jobs }: HandlerDeps): GroupHandlers<typeof importMethods, CallContext> {
  const pathOf = (source: { kind: 'path'; path: string } | { kind: 'staged'; stagingId: string }) =>
    source.kind === 'path' ? source.path : staging.folder(source.stagingId);
  // An upload's reports name the files as the user picked them, not the staging folder they sit in.
  const relabel = <T extends { file: string; problems: { file: string }[] }>(source: { kind: string }, path: string, r: T): T => {
    if (source.kind !== 'staged') return r;
    const name = (f: string) => (f.startsWith(path + sep) ? relative(path, f) : f);
    return { ...r, file: name(r.file), problems: r.problems.map((p) => ({ ...p, file: name(p.file) })) };
  };
  const readFailure = (err: unknown) =>
    new ApiFailure('bad_input', (err as Error).message, [{ path: 'source', message: (err as Error).message }]);

  return {
    'staging.begin': ({ files }) => ({ stagingId: staging.begin(files) }),
    'staging.put': ({ stagingId, name, offset, data }) => ({ received: staging.put(stagingId, name, offset, data) }),
    'import.inspect': async ({ source, options, target }) => {
      const path = pathOf(source);
      try {
        return relabel(source, path, await inspectSource(project, path, options, target));
      } catch (err) {
        throw readFailure(err);
      }
    },
    'import.start': ({ source, options, target, mapping, defaultLandClass, onBad, onExisting }, ctx) => {
      const path = pathOf(source);
      const jobId = jobs.start('import', (ctl) =>
        runImport(project, ctx.actor, { path, options, target, mapping, defaultLandClass, onBad, onExisting }, ctl).then((r) => relabel(source, path, r), (err: unknown) => {
          if (err instanceof ApiFailure || err instanceof JobCancelled) throw err;
          throw readFailure(err);
        }),
      );
      return { jobId };
    },
    'import.joinTable': async ({ source, options, key, fields, apply }, ctx) => {
      const path = pathOf(source);
      let layer;
      try {
        layer = (await readSource(path, options)).layer;
      } catch (err) {
        throw readFailure(err);
      }
      const names = new Set(layer.fields.map((f) => f.name));
      for (const [k, v] of Object.entries({ key: key.field, ...fields })) {
        if (v && !names.has(v)) throw new ApiFailure('bad_input', `column "${v}" is not in ${layer.file}`, [{ path: k === 'key' ? 'key.field' : `fields.${k}`, message: `no column "${v}"` }]);
      }
      const pick = (a: Record<string, AttributeValue>, f: string | undefined) => (f ? text(a[f]) : null);
      const rows: JoinRow[] = layer.features.map((f) => ({
        record: f.record,
        key: text(f.attrs[key.field]),
        householdCode: pick(f.attrs, fields.householdCode),
        headName: pick(f.attrs, fields.headName),
        idNumber: pick(f.attrs, fields.idNumber),
        contractCode: pick(f.attrs, fields.contractCode),
        phone: pick(f.attrs, fields.phone),
        address: pick(f.attrs, fields.address),
        contractStart: pick(f.attrs, fields.contractStart),
        contractEnd: pick(f.attrs, fields.contractEnd),
      }));
      const outcome = joinHouseholds(project, ctx.actor, key.by, rows, apply, layer.file);
      return { committed: apply, ...outcome };
    },
  };
}
