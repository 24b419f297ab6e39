import { describe, expect, it } from 'vitest';
import { demoApi } from './demo-copy';

/**
 * 《农村土地承包法》第四十六条: the transferee may re-transfer the land it holds with the holder's written
 * consent. A re-transfer names the contract it passes on; it is that right passed on, not a second transfer.
 */
describe('a re-transfer of the demo’s active contract', () => {
  it('is not a second transfer of the land, and LT-10 asks for the contract’s consent and each holder’s written consent', async () => {
    const d = demoApi();
    const original = await d.get('contracts.get', { id: 1 });
    const parties = await d.get('parties.list', {});
    const coop = parties.find((p: any) => p.kind === 'cooperative');
    const draft = {
      ...original.draft,
      transfereePartyId: coop.id,
      retransfer: { of: 1, transferorPartyId: original.draft.transfereePartyId },
      startDate: '2026-12-01',
      deliveryDate: '2026-12-01',
      signedOn: '2026-11-30',
    };
    const saved = await d.get('contracts.createDraft', { draft });
    expect(saved.findings.filter((f: any) => f.ruleId === 'LT-21')).toEqual([]);
    const lt10 = saved.findings.filter((f: any) => f.ruleId === 'LT-10' && f.severity === 'error').map((f: any) => f.message);
    expect(lt10).toContain(`原合同 ${original.number}未约定同意再流转（其他约定第一项）`);
    expect(lt10.some((m: string) => m.includes('尚无 2026-11-30 前签署的再流转书面同意书'))).toBe(true);
    expect(await d.call('contracts.number', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('LT-10') } });

    // The holder's written consent recorded on the original's case answers that part.
    await d.get('cases.consents.save', {
      contractId: 1,
      consent: { id: null, householdId: original.draft.transferorHouseholdIds[0], kind: 'retransfer', signedOn: '2026-11-20', documentRef: '谢集档〔2026〕5号' },
    });
    const again = await d.get('contracts.check', { draft, id: saved.id });
    expect(again.findings.filter((f: any) => f.ruleId === 'LT-10' && f.message.includes('书面同意书'))).toEqual([]);

    // A re-transfer may not name a contract the project does not hold.
    expect(await d.call('contracts.createDraft', { draft: { ...draft, retransfer: { of: 999, transferorPartyId: 1 } } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: 'draft.retransfer.of' }] },
    });
    d.api.close();
  });
});
