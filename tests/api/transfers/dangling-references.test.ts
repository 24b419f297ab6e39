import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoApi, type DemoApi } from './demo-copy';

/**
 * A file from before lineage and amendments can name records that are gone: a parcel deleted under a
 * numbered contract, a contract numbered before the signed table was kept, a household or party removed
 * behind the app's back. Every read shows such a record as retired or missing and carries on.
 */
function breakReferences(d: DemoApi) {
  const db = d.api.project.db;
  const parcelOf = (contractId: number) => db.prepare(`SELECT parcel_fid FROM contract_parcels WHERE contract_id = ? ORDER BY parcel_fid LIMIT 1`).pluck().get(contractId) as number;
  const gone = { active: parcelOf(1), filed: parcelOf(2), draft: parcelOf(4) };
  db.pragma('foreign_keys = OFF');
  db.exec(`DELETE FROM parcels WHERE fid IN (${gone.active}, ${gone.filed}, ${gone.draft})`);
  // Contract 2 as numbered before this version: no signed table.
  db.exec(`DELETE FROM contract_signed_parcels WHERE contract_id = 2`);
  // Contract 3 names a household and a transferee that no longer exist.
  db.exec(`UPDATE contracts SET draft_json = json_set(draft_json, '$.transferorHouseholdIds[0]', 999999, '$.transfereePartyId', 999999) WHERE id = 3`);
  db.pragma('foreign_keys = ON');
  return gone;
}

describe('reads over dangling references', () => {
  it('show the retired parcel at its last known code and area and carry on in every view', async () => {
    const d = demoApi();
    const before = await Promise.all([1, 2, 3, 4].map((id) => d.get('contracts.get', { id })));
    const ledger = await d.get('ledger.list', {});
    const gone = breakReferences(d);

    const active = await d.get('contracts.get', { id: 1 });
    // Signed table as numbered; the view says the parcel left the layer.
    expect(active.parcelRows).toEqual(before[0].parcelRows);
    expect(active.findings.find((f: any) => f.ruleId === 'LT-22')).toMatchObject({ severity: 'error', parcelIds: [gone.active] });

    const filed = await d.get('contracts.get', { id: 2 });
    const row = filed.parcelRows.find((r: any) => r.parcelId === gone.filed);
    const was = before[1].parcelRows.find((r: any) => r.parcelId === gone.filed);
    expect(row).toMatchObject({ code: was.code, areaM2: was.areaM2 });
    expect(filed.findings.find((f: any) => f.ruleId === 'LT-22').message).toContain(`地块 ${was.code} 已不在地块图层中`);

    const company = await d.get('contracts.get', { id: 3 });
    expect(company.transferors[0].name).toContain('已不存在');
    expect(company.transferee.name).toContain('已不存在');
    expect((await d.get('contracts.get', { id: 4 })).findings.some((f: any) => f.ruleId === 'LT-22')).toBe(true);

    expect(await d.get('contracts.list', {})).toHaveLength(4);
    const board = await d.get('cases.board', {});
    expect(board.rows.map((r: any) => r.contractId)).toEqual([1, 2, 3, 4]);
    for (const id of [1, 2, 3, 4]) expect((await d.get('cases.get', { contractId: id })).contract.id).toBe(id);
    expect((await d.get('cases.deadlines', { withinDays: 365 })).length).toBeGreaterThan(0);
    expect(await d.get('ledger.list', {})).toHaveLength(ledger.length);
    expect(await d.get('payments.due', {})).toEqual(expect.any(Array));
    expect(await d.get('contracts.expiring', { months: 24, asOf: '2026-11-30' })).toEqual(expect.any(Array));
    const [project] = await d.get('linkage.projects.list', {});
    expect((await d.get('linkage.projects.get', { id: project.id })).project.code).toBe(project.code);
    expect(await d.get('linkage.quota.statement', { projectId: project.id })).toBeTruthy();

    const out = mkdtempSync(join(tmpdir(), 'landlink-dangling-'));
    for (const id of [1, 2]) {
      const { jobId } = await d.get('documents.contract', { id, format: 'docx', out: join(out, `${id}.docx`) });
      expect(await d.api.jobs.wait(jobId), `contract ${id}`).toMatchObject({ state: 'done' });
    }
    const { jobId } = await d.get('documents.case', { contractId: 2, document: 'caseSummary', format: 'docx', out: join(out, 'case.docx') });
    expect(await d.api.jobs.wait(jobId)).toMatchObject({ state: 'done' });
    d.api.close();
  }, 240_000);
});
