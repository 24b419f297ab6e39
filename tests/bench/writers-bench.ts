import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Envelope } from '../../src/api/envelope';
import { toLonLatConverter } from '../../src/geo/crs';
import { startHost } from '../../src/host/server';
import { writeShapefile } from '../../src/io/shapefile/write-shapefile';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { median, report } from './report';
import { countyData, countyParcels } from './synthetic-county';

const ROOT = join(import.meta.dirname, '../..');
const SEED = 50;
const EDIT_EVERY_MS = 50;

interface Edit {
  method: 'parcels.update' | 'parcels.create';
  /** Fired while the import held the file (its announcement beside the file said it was writing). */
  duringImport: boolean;
  ms: number;
  ok: boolean;
  message: string | null;
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/**
 * A planner edits through the browser host while `landlink import` of `n` parcels runs on the same file
 * in another process: an edit (a rename or a new parcel, alternately) every 50 ms through HTTP, from
 * before the import starts until it has ended. Prints how many edits failed (it must be none), how long
 * the edits fired during the import's write waited, and the longest stall of the host's event loop.
 */
export async function writersBench(dir: string, n = 30_000): Promise<void> {
  const parcels = countyParcels(SEED + n);
  const shp = join(dir, `writers-${n}.shp`);
  writeShapefile(shp, {
    name: 'parcels',
    srsId: 4527,
    fields: [{ name: 'DKBM', type: 'string' }, { name: 'DKMC', type: 'string' }],
    features: parcels.slice(SEED).map((p) => ({ geometry: p.geometry, attrs: { DKBM: p.code, DKMC: p.name } })),
  });
  const file = join(dir, 'writers-bench.gpkg');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const project = Project.create(file, { name: 'writers bench', srsId: 4527, synthetic: true }, 'bench');
  writeProjectData(project, { ...countyData(0), parcels: parcels.slice(0, SEED) }, 'bench');
  project.close();

  const host = await startHost({ file, actor: 'bench' });
  const toLonLat = toLonLatConverter(4527);
  const edit = async (i: number): Promise<Edit> => {
    const method = i % 2 === 0 ? 'parcels.update' : 'parcels.create';
    // New parcels go south of the county grid, 30 m apart, clear of everything imported, with codes from
    // 90000 up in their group: the import's own codes stop at its parcel count.
    const x = 39390000 + (i % 400) * 30;
    const y = 3849000 - Math.floor(i / 400) * 40;
    const ring = [[x, y], [x + 20, y], [x + 20, y + 25], [x, y + 25], [x, y]].map((p) => toLonLat(p as [number, number]));
    const input =
      method === 'parcels.update'
        ? { id: 1 + (i % SEED), name: `改名${i}` }
        : { geometry: { type: 'Polygon', coordinates: [ring] }, name: `新地${i}`, landClass: '0103', code: `37172210400101${90000 + i}` };
    const duringImport = host.api.project.writers.status().holder !== null;
    const t0 = performance.now();
    try {
      const res = await fetch(new URL(`api/${method}`, host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as Envelope;
      return { method, duringImport, ms: performance.now() - t0, ok: envelope.ok, message: envelope.ok ? null : envelope.error.message };
    } catch (err) {
      return { method, duringImport, ms: performance.now() - t0, ok: false, message: String(err) };
    }
  };

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const pending: Promise<Edit>[] = [];
  let running = true;
  const importStart = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'src/host/bin.mjs'), 'import', file, shp], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  void exited.then(() => (running = false));
  let heldFrom = Infinity;
  let heldTo = 0;
  // The stalls before the import takes the file are the machine's own noise (the import reads and checks
  // in its own process meanwhile); those from then on include the waits and the queued edits running.
  let stallBefore = '';
  const stall = () => `${(loop.percentile(99) / 1e6).toFixed(0)} ms / ${(loop.max / 1e6).toFixed(0)} ms`;
  for (let i = 0; running; i++) {
    pending.push(edit(i));
    if (host.api.project.writers.status().holder) {
      if (!Number.isFinite(heldFrom)) {
        stallBefore = stall();
        loop.reset();
      }
      heldFrom = Math.min(heldFrom, performance.now() - importStart);
      heldTo = performance.now() - importStart;
    }
    await sleep(EDIT_EVERY_MS);
  }
  const code = await exited;
  const importMs = performance.now() - importStart;
  const edits = await Promise.all(pending);
  loop.disable();
  await host.close();

  const failed = edits.filter((e) => !e.ok);
  const waited = edits.filter((e) => e.duringImport).map((e) => e.ms);
  const all = edits.map((e) => e.ms);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: [string, string][] = [
    [`landlink import of ${n} parcels in another process (exit ${code})`, s(importMs)],
    ['the import held the file (seen from the host)', Number.isFinite(heldFrom) ? `${s(heldFrom)} … ${s(heldTo)} after its start` : 'not seen'],
    [`edits through HTTP, one every ${EDIT_EVERY_MS} ms (update / create alternately)`, String(edits.length)],
    ['failed edits (must be 0)', String(failed.length)],
    ['edits fired while the import held the file', String(waited.length)],
    ['  their wait: median / p90 / max', waited.length ? `${s(median(waited))} / ${s(percentile(waited, 90))} / ${s(Math.max(...waited))}` : '—'],
    ['all edits: median / max', `${s(median(all))} / ${s(Math.max(...all))}`],
    ['host event-loop stall before the import took the file: p99 / max', stallBefore || '—'],
    ['  from then on, with the waits and the queued edits: p99 / max', stall()],
  ];
  for (const f of failed.slice(0, 3)) rows.push(['  a failure', `${f.method}: ${f.message}`]);
  if (code !== 0) rows.push(['  import stderr', stderr.trim().split('\n').slice(-2).join(' | ')]);
  report('writers wait their turn', rows);
}
