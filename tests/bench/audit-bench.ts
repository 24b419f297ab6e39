import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDemoProject } from '../../src/api/project-files';
import { openApi } from '../../src/api/service';
import { auditChainHead } from '../../src/store/audit';
import { verifyAuditChain } from '../../src/store/audit-verify';
import { Project } from '../../src/store/project';
import { report } from './report';

const ms = (t0: number) => performance.now() - t0;
const ROOT = join(import.meta.dirname, '../..');

/** Verifies `file` (or only opens it) in a child process, so the peak memory reported is the walk's own. */
function verifyInChild(file: string, openOnly = false): { ms: number; rows: number; ok: boolean; maxRssMb: number } {
  const args = ['--import', 'tsx', join(import.meta.dirname, 'verify-child.mts'), file, ...(openOnly ? ['--open-only'] : [])];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`verify failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

/** Verification of the 100k-parcel county file: SQLite's integrity check and the chain walk, apart. */
function countyFigures(county: string): [string, string][] {
  const project = Project.open(county, 'bench');
  try {
    const rows = project.db.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;
    let t0 = performance.now();
    project.db.prepare(`PRAGMA integrity_check(1)`).pluck().get();
    const integrity = ms(t0);
    t0 = performance.now();
    const result = verifyAuditChain(project.db);
    const verify = ms(t0);
    const reads = 1000;
    t0 = performance.now();
    for (let i = 0; i < reads; i++) auditChainHead(project.db);
    const head = ms(t0);
    return [
      [`audit rows after writing 100k parcels (one per load or import)`, String(rows)],
      ['PRAGMA integrity_check on the 100k-parcel file', `${(integrity / 1000).toFixed(2)} s`],
      [`verify (integrity_check and chain walk), ${result.ok ? 'ok' : 'finding'}`, `${(verify / 1000).toFixed(2)} s`],
      ['chain head read (project.info)', `${((head / reads) * 1000).toFixed(1)} µs`],
    ];
  } finally {
    project.close();
  }
}

/** `n` audit rows appended through Project.write, the walk over them, and migration 6 sealing them as legacy rows. */
function longChainFigures(dir: string, n: number): [string, string][] {
  const file = join(dir, 'chain.gpkg');
  const project = Project.create(file, { name: 'bench', srsId: 4527, synthetic: true }, 'bench');
  const perTransaction = 100_000;
  let t0 = performance.now();
  for (let done = 0; done < n; done += perTransaction) {
    project.write('bench', ({ audit }) => {
      for (let i = done; i < Math.min(n, done + perTransaction); i++) audit({ action: 'update', entity: 'case_step', entityId: `${i % 2000}:bank.application`, before: { status: 'todo' }, after: { status: 'done', statusOn: '2026-11-30' } });
    });
  }
  const append = ms(t0);
  project.close();
  const walk = verifyInChild(file);
  const opened = verifyInChild(file, true);

  // The same rows as a schema-5 file left them: no chain columns, no recorded head.
  const db = new Database(file);
  db.exec(`ALTER TABLE audit_log DROP COLUMN prev_hash; ALTER TABLE audit_log DROP COLUMN hash;
           DELETE FROM landlink_meta WHERE key = 'audit_chain_head'; DELETE FROM landlink_migrations WHERE version >= 6;`);
  db.close();
  t0 = performance.now();
  Project.open(file, 'bench').close();
  const migrate = ms(t0);
  return [
    [`append ${n} audit rows (Project.write, ${perTransaction} per transaction)`, `${((append * 1000) / n).toFixed(1)} µs/row`],
    [`verify ${walk.rows} rows (${walk.ok ? 'ok' : 'finding'})`, `${(walk.ms / 1000).toFixed(1)} s (${((walk.ms * 1000) / walk.rows).toFixed(1)} µs/row)`],
    [`peak memory verifying, and only opening (file ${(statSync(file).size / 2 ** 20).toFixed(0)} MB)`, `${walk.maxRssMb.toFixed(0)} MB, ${opened.maxRssMb.toFixed(0)} MB`],
    [`migration 6 sealing ${n} legacy rows on open`, `${(migrate / 1000).toFixed(1)} s`],
  ];
}

/** One case step update through dispatch, as the case board saves it; its audit rows and their share. */
async function caseWriteFigures(dir: string, times: number): Promise<[string, string][]> {
  const file = join(dir, 'demo.gpkg');
  createDemoProject(file, 'bench');
  const api = openApi(file, 'bench');
  try {
    const contractId = api.project.db.prepare(`SELECT id FROM contracts ORDER BY id LIMIT 1`).pluck().get() as number;
    const rowsBefore = auditChainHead(api.project.db)!.id;
    const t0 = performance.now();
    for (let i = 0; i < times; i++) {
      const res = await api.dispatch('cases.steps.update', { contractId, key: 'transferors.identity', patch: { responsible: `经办人${i}` } }, { actor: 'bench' });
      if (!res.ok) throw new Error(res.error.message);
    }
    const write = ms(t0) / times;
    const rows = (auditChainHead(api.project.db)!.id - rowsBefore) / times;
    return [
      [`cases.steps.update (mean of ${times})`, `${write.toFixed(1)} ms`],
      ['audit rows per case write', rows.toFixed(0)],
    ];
  } finally {
    api.close();
  }
}

/** The audit chain: what sealing each row costs writers, and what verifying costs on county-size files. */
export async function auditBench(county: string, n = 1_000_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-audit-bench-'));
  try {
    report('audit chain', [...countyFigures(county), ...(await caseWriteFigures(dir, 50)), ...longChainFigures(dir, n)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
