import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractDraft } from '../../src/domain/contract/contract-draft';
import { createDemoProject } from '../../src/api/project-files';
import { openApi } from '../../src/api/service';
import { listRecords, saveRecord, type RecordKind } from '../../src/store/cases/case-records-repo';
import { Project } from '../../src/store/project';
import { report } from './report';

const KINDS: readonly RecordKind[] = ['consent', 'mortgage', 'insurance', 'trusteeship'];

/**
 * The demo project grown to `n` contracts: each added one copies a demo contract (its stage, steps,
 * records and rent payments) onto other households, shifted through the village's households, with all
 * of their parcels — so a quarter of the cases hold a mortgage, an insurance and a trusteeship. Written
 * by direct inserts in one transaction (seconds, not the minutes the audited writes would take).
 */
export function caseBenchProject(file: string, n: number): void {
  createDemoProject(file, 'bench');
  const project = Project.open(file, 'bench');
  try {
    const db = project.db;
    const households = db.prepare(`SELECT id FROM households ORDER BY id`).pluck().all() as number[];
    const parcelsOf = db.prepare(
      `SELECT fid, code, group_code, min(coalesce(registered_area_m2, ellipsoid_area_m2), ellipsoid_area_m2) AS areaM2 FROM parcels WHERE household_id = ? ORDER BY code`,
    );
    const bases = db.prepare(`SELECT * FROM contracts ORDER BY id`).all() as Record<string, unknown>[];
    const insContract = db.prepare(
      `INSERT INTO contracts (status, number, number_scope, number_serial, mode, transferee_party_id, start_date, end_date, draft_json, created_at, created_by, updated_at, numbered_at, filed_on, active_on)
       VALUES (@status, @number, @number_scope, @number_serial, @mode, @transferee_party_id, @start_date, @end_date, @draft_json, @created_at, @created_by, @updated_at, @numbered_at, @filed_on, @active_on)`,
    );
    const insHousehold = db.prepare(`INSERT INTO contract_households (contract_id, household_id) VALUES (?, ?)`);
    const insParcel = db.prepare(`INSERT INTO contract_parcels (contract_id, parcel_fid, parcel_code, group_code) VALUES (?, ?, ?, ?)`);
    const copySteps = db.prepare(
      `INSERT INTO case_steps SELECT ?, key, status, status_by_hand, responsible, due_date, status_on, checklist_json, refs_json, note, updated_at FROM case_steps WHERE contract_id = ?`,
    );
    const payments = db.prepare(`SELECT * FROM rent_payments WHERE contract_id = ?`);
    const insPayment = db.prepare(
      `INSERT INTO rent_payments (contract_id, household_id, due_date, paid_on, amount_yuan, method, receipt_no, recorded_by, recorded_at)
       VALUES (@contract_id, @household_id, @due_date, @paid_on, @amount_yuan, @method, @receipt_no, @recorded_by, @recorded_at)`,
    );
    db.transaction(() => {
      for (let k = 0; bases.length + k < n; k++) {
        const base = bases[k % bases.length]!;
        const baseId = base.id as number;
        const draft = JSON.parse(base.draft_json as string) as ContractDraft;
        // Shift every transferor by the same offset (distinct households stay distinct) until each holds parcels.
        let shift = k + 1;
        let mapped: number[], parcels: { fid: number; code: string; group_code: string | null; areaM2: number }[][];
        do {
          const s = shift++;
          mapped = draft.transferorHouseholdIds.map((h) => households[(households.indexOf(h) + s) % households.length]!);
          parcels = mapped.map((h) => parcelsOf.all(h) as typeof parcels[number]);
        } while (parcels.some((p) => p.length === 0));
        const flat = parcels.flat();
        const householdOf = new Map(draft.transferorHouseholdIds.map((h, i) => [h, mapped[i]!]));
        const boundaries = draft.parcels[0]!.boundaries;
        const copy: ContractDraft = { ...draft, transferorHouseholdIds: mapped, parcels: flat.map((p) => ({ parcelId: p.fid, areaM2: p.areaM2, boundaries, remark: '' })) };
        const id = Number(
          insContract.run({ ...base, number: base.number === null ? null : `${base.number}-${k}`, number_serial: null, draft_json: JSON.stringify(copy) }).lastInsertRowid,
        );
        mapped.forEach((h) => insHousehold.run(id, h));
        flat.forEach((p) => insParcel.run(id, p.fid, p.code, p.group_code));
        copySteps.run(id, baseId);
        const areaM2 = flat.reduce((s, p) => s + p.areaM2, 0);
        for (const kind of KINDS) {
          for (const r of listRecords(db, kind, baseId) as Record<string, unknown>[]) {
            const record = { ...r, id: null } as Record<string, unknown>;
            if (kind === 'consent') record.householdId = householdOf.get(r.householdId as number);
            if (kind === 'mortgage') record.parcels = flat.map((p) => ({ parcelId: p.fid, areaM2: p.areaM2 }));
            if (kind === 'insurance') record.insuredM2 = areaM2;
            if (kind === 'trusteeship') record.areaM2 = areaM2;
            saveRecord(db, '2026-01-05T02:00:00.000Z', kind, id, record as never);
          }
        }
        for (const p of payments.all(baseId) as Record<string, unknown>[]) insPayment.run({ ...p, contract_id: id, household_id: householdOf.get(p.household_id as number) });
      }
    })();
  } finally {
    project.close();
  }
}

/** Times one call through the API's dispatch, as the renderer makes it. */
async function timed(api: ReturnType<typeof openApi>, method: string, input: unknown): Promise<{ ms: number; data: any }> {
  const t0 = performance.now();
  const res = await api.dispatch(method, input, { actor: 'bench' });
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return { ms, data: res.data };
}

/** cases.board, cases.deadlines, project.info and one cases.get over a county's `n` contracts. */
export async function caseBench(n = 2_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-case-bench-'));
  try {
    const file = join(dir, 'cases.gpkg');
    const t0 = performance.now();
    caseBenchProject(file, n);
    const built = performance.now() - t0;
    const api = openApi(file, 'bench');
    try {
      const per = (ms: number, cases: number) => `${ms.toFixed(0)} ms (${((ms * 1000) / Math.max(cases, 1)).toFixed(0)} µs/case over ${cases})`;
      const all = await timed(api, 'cases.board', {});
      const again = await timed(api, 'cases.board', {});
      const town = all.data.rows[0].town as string;
      const village = (api.project.db.prepare(`SELECT substr(parcel_code, 1, 12) FROM contract_parcels GROUP BY 1 ORDER BY count(*) DESC`).pluck().get()) as string;
      const ofTown = await timed(api, 'cases.board', { town });
      const ofVillage = await timed(api, 'cases.board', { villageCode: village });
      const deadlines = await timed(api, 'cases.deadlines', { withinDays: 90 });
      const info = await timed(api, 'project.info', {});
      const one = await timed(api, 'cases.get', { contractId: all.data.rows[Math.floor(n / 2)].contractId });
      report(`case board, ${n} contracts`, [
        ['project built', `${(built / 1000).toFixed(1)} s`],
        ['cases.board (all)', per(all.ms, all.data.rows.length)],
        ['cases.board (all, again)', per(again.ms, again.data.rows.length)],
        [`cases.board (town ${town})`, per(ofTown.ms, ofTown.data.rows.length)],
        [`cases.board (village ${village})`, per(ofVillage.ms, ofVillage.data.rows.length)],
        ['cases.deadlines (90 days)', `${deadlines.ms.toFixed(0)} ms (${deadlines.data.length} items)`],
        ['project.info', `${info.ms.toFixed(0)} ms`],
        ['cases.get (one)', `${one.ms.toFixed(1)} ms`],
        ['blocked; by stage', `${all.data.counts.blocked}; ${all.data.counts.byStage.filter((s: any) => s.cases).map((s: any) => `${s.stage} ${s.cases}`).join(', ')}`],
      ]);
    } finally {
      api.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await caseBench(Number(process.argv[2] ?? 2_000));
