import { describe, expect, it } from 'vitest';
import { demoApi } from './demo-copy';

const amendment = { contractId: 1, reason: '修建机耕路，地块一分为二', date: '2026-11-20' };

describe('edits of a parcel under a contract in force', () => {
  it('refuses a split of a parcel of the active contract, naming the contract, and changes nothing', async () => {
    const d = demoApi();
    const contract = await d.get('contracts.get', { id: 1 });
    const parcelId = contract.parcelRows[0].parcelId;
    const refused = await d.call('parcels.splitByAreas', { id: parcelId, areasMu: [1] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused.error.message).toContain(`流转合同 ${contract.number}`);
    expect(refused.error.message).toContain('合同变更');
    expect(await d.get('parcels.encumbrances', { ids: [parcelId] })).toEqual([
      expect.objectContaining({ kind: 'contract', contractId: 1, number: contract.number, status: 'active', caseRecords: expect.arrayContaining(['抵押 1 笔']) }),
    ]);
    for (const method of ['parcels.split', 'parcels.merge', 'parcels.reshape', 'parcels.cutHole']) {
      const geometry = await d.get('parcels.geometry', { id: parcelId });
      const ring = geometry.geometry.coordinates[0][0];
      const input =
        method === 'parcels.merge'
          ? { ids: [parcelId, contract.parcelRows[1].parcelId] }
          : method === 'parcels.reshape'
            ? { id: parcelId, geometry: geometry.geometry }
            : method === 'parcels.split'
              ? { id: parcelId, line: [ring[0], ring[2]] }
              : { id: parcelId, ring: ring.slice(0, 3) };
      const res = await d.call(method, input);
      expect(res.ok, method).toBe(false);
      if (res.error.code === 'refused') expect(res.error.message, method).toMatch(/在流转合同|不能/);
    }
    expect(await d.get('contracts.get', { id: 1 })).toEqual(contract);
    d.api.close();
  });

  it('makes the split as a recorded amendment: the signed table stays, the amendment names the pieces, and the views carry on', async () => {
    const d = demoApi();
    const contract = await d.get('contracts.get', { id: 1 });
    const parcel = contract.parcelRows[0];
    const split = await d.get('parcels.splitByAreas', { id: parcel.parcelId, areasMu: [1], amendment });
    const pieces = split.parcels.map((p: any) => p.code);

    const after = await d.get('contracts.get', { id: 1 });
    expect(after.parcelRows).toEqual(contract.parcelRows);
    expect(after.fingerprint).toBe(contract.fingerprint);
    expect(after.amendments).toHaveLength(1);
    expect(after.amendments[0]).toMatchObject({ no: 1, kind: 'split', amendedOn: '2026-11-20', reason: amendment.reason });
    expect(after.amendments[0].text).toContain(`地块 ${parcel.code}`);
    expect(after.amendments[0].text).toContain(`分割为 ${pieces[0]}`);
    expect(after.findings.filter((f: any) => f.severity === 'error')).toEqual([]);
    expect(after.findings.find((f: any) => f.ruleId === 'LT-22')).toMatchObject({ severity: 'info' });

    const board = await d.get('cases.board', {});
    expect(board.rows).toHaveLength(4);
    expect((await d.get('cases.get', { contractId: 1 })).contract.number).toBe(contract.number);

    // The amendment is a legal act: undo is refused, and nothing moves.
    const undo = await d.call('edits.undo', {});
    expect(undo).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(undo.error.message).toContain('第 1 号变更');
    expect((await d.get('contracts.get', { id: 1 })).amendments).toHaveLength(1);

    // The contract now holds the pieces: a second transfer of one of them is caught.
    const [piece] = split.parcels;
    const copy = await d.get('contracts.createDraft', {
      draft: { ...contract.draft, parcels: [{ parcelId: piece.id, areaM2: null, boundaries: parcel.boundaries, remark: '' }] },
    });
    expect(copy.findings.find((f: any) => f.ruleId === 'LT-21').message).toContain(`已由合同 ${contract.number}`);
    // And the pieces themselves are held: editing one needs an amendment again.
    expect(await d.call('parcels.splitByAreas', { id: piece.id, areasMu: [0.5] })).toMatchObject({ ok: false, error: { code: 'refused' } });
    d.api.close();
  });

  it('refuses an amendment of a contract the parcel is not in', async () => {
    const d = demoApi();
    const contract = await d.get('contracts.get', { id: 1 });
    const res = await d.call('parcels.splitByAreas', { id: contract.parcelRows[0].parcelId, areasMu: [1], amendment: { ...amendment, contractId: 2 } });
    expect(res).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(res.error.message).toContain('流转合同');
    d.api.close();
  });

  it('lets a draft follow its parcel through a split once the planner confirms the successors', async () => {
    const d = demoApi();
    const draft = await d.get('contracts.get', { id: 4 });
    const parcel = draft.parcelRows[0];
    expect(await d.get('parcels.encumbrances', { ids: [parcel.parcelId] })).toEqual([]);
    const split = await d.get('parcels.splitByAreas', { id: parcel.parcelId, areasMu: [0.5] });
    const view = await d.get('contracts.get', { id: 4 });
    const lt22 = view.findings.find((f: any) => f.ruleId === 'LT-22');
    expect(lt22).toMatchObject({ severity: 'error', parcelIds: [parcel.parcelId] });
    expect(lt22.message).toContain(`地块 ${parcel.code} 已于`);
    for (const p of split.parcels) expect(lt22.message).toContain(p.code);
    expect(view.parcelRows[0]).toMatchObject({ code: parcel.code, areaM2: parcel.areaM2 });

    const followed = await d.get('contracts.followLineage', { id: 4 });
    expect(followed.findings.filter((f: any) => f.ruleId === 'LT-22')).toEqual([]);
    const now = await d.get('contracts.get', { id: 4 });
    expect(now.parcelRows.map((r: any) => r.code)).toEqual(expect.arrayContaining(split.parcels.map((p: any) => p.code)));
    const total = (rows: any[]) => rows.reduce((s, r) => s + r.areaM2, 0);
    expect(Math.abs(total(now.parcelRows) - total(draft.parcelRows))).toBeLessThan(1e-6);
    d.api.close();
  });
});
