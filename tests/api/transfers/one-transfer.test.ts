import { describe, expect, it } from 'vitest';
import { demoApi } from './demo-copy';

/**
 * 《农村土地承包法》第三十六条、第三十八条: the holder transfers the management right of a parcel once; while
 * that transfer runs, the same land cannot be transferred again. The demo's active contract 37172220251040001
 * (contract 1) holds its household's parcels from 2025-03-01 to 2027-12-31.
 */
describe('one parcel, one transfer at a time', () => {
  it('keeps the demo contracts clear of the rule', async () => {
    const d = demoApi();
    for (const id of [1, 2, 3, 4]) {
      const view = await d.get('contracts.get', { id });
      expect(view.findings.filter((f: any) => f.ruleId === 'LT-21')).toEqual([]);
    }
    d.api.close();
  });

  it('warns on a copy of the active contract for another transferee and refuses to number, file or activate it', async () => {
    const d = demoApi();
    const original = await d.get('contracts.get', { id: 1 });
    const parties = await d.get('parties.list', {});
    const other = parties.find((p: any) => p.id !== original.draft.transfereePartyId && p.kind === 'cooperative');
    const copy = { ...original.draft, transfereePartyId: other.id };
    const saved = await d.get('contracts.createDraft', { draft: copy });
    const lt21 = saved.findings.filter((f: any) => f.ruleId === 'LT-21');
    expect(lt21.length).toBe(original.parcelRows.length);
    expect(lt21[0]).toMatchObject({ severity: 'warning', path: 'parcels.0.parcelId', parcelIds: [original.parcelRows[0].parcelId] });
    expect(lt21[0].message).toContain(`地块 ${original.parcelRows[0].code}`);
    expect(lt21[0].message).toContain(`合同 ${original.number}`);
    expect(lt21[0].message).toContain('2025-03-01 至 2027-12-31');

    const refused = await d.call('contracts.number', { id: saved.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused.error.message).toContain(`合同 草稿 ${saved.id} 不能编号`);
    expect(refused.error.message).toContain(`已由合同 ${original.number}`);
    // Nothing was numbered, so the 待办 list asks for the land's rent once.
    expect((await d.get('contracts.get', { id: saved.id })).status).toBe('draft');
    const rent = (await d.get('cases.deadlines', { withinDays: 3650 })).filter((x: any) => x.kind === 'rent' && x.contractId === saved.id);
    expect(rent).toEqual([]);
    d.api.close();
  });

  it('refuses filing and taking effect of a contract that overlaps one in force, as a file from before the rule could hold', async () => {
    const d = demoApi();
    const original = await d.get('contracts.get', { id: 1 });
    const copy = await d.get('contracts.createDraft', { draft: { ...original.draft, startDate: '2026-01-01', deliveryDate: '2026-01-01' } });
    // Numbered behind the rule's back, as an older LandLink could have done.
    d.api.project.db.prepare(`UPDATE contracts SET status = 'numbered', number = 'OLD-1', numbered_at = '2025-12-01' WHERE id = ?`).run(copy.id);
    const filing = await d.call('contracts.setStatus', { id: copy.id, status: 'filed', date: '2026-01-05' });
    expect(filing).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(filing.error.message).toContain('合同 OLD-1 不能备案');
    expect(filing.error.message).toContain('2026-01-01 至 2027-12-31');
    // The case step that stands for filing is refused the same way and leaves the case as it was.
    const step = await d.call('cases.steps.update', { contractId: copy.id, key: 'bureau.filing', patch: { status: 'done', statusOn: '2026-01-05' } });
    expect(step.ok).toBe(false);
    expect((await d.get('contracts.get', { id: copy.id })).status).toBe('numbered');
    d.api.close();
  });

  it('lets the same parcels be transferred again once the first contract has ended or for the days after it', async () => {
    const d = demoApi();
    const original = await d.get('contracts.get', { id: 1 });
    const after = await d.get('contracts.createDraft', {
      draft: { ...original.draft, startDate: '2028-01-01', endDate: '2028-09-30', deliveryDate: '2028-01-01', signedOn: '2027-12-01' },
    });
    expect(after.findings.filter((f: any) => f.ruleId === 'LT-21')).toEqual([]);
    d.api.close();
  });
});
