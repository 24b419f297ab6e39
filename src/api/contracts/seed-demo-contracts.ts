import { DEMO_PARTIES, type DemoContract } from '../../../resources/demo/contracts';
import type { ContractDraft } from '../../domain/contract/contract-draft';
import { createDrafts, setContractStatus } from '../../store/contracts/contracts-repo';
import { createParty } from '../../store/contracts/parties-repo';
import { recordPayment } from '../../store/contracts/payments-repo';
import { suggestBoundaries } from '../../store/four-boundaries-repo';
import type { Project } from '../../store/project';
import { buildContractView } from './contract-view-builder';
import { numberContract } from './number-contract';

/**
 * Writes the demo's parties and contracts into a freshly generated demo project: each household's
 * parcels at the smaller of registered and measured area (LT-20), with 四至 from the map, numbered and filed on the spec's dates.
 */
export function seedDemoContracts(project: Project, contracts: readonly DemoContract[], actor: string): void {
  const db = project.db;
  const partyIds = new Map(
    DEMO_PARTIES.map((p) => [p.key, createParty(project, { kind: p.kind, name: p.name, uscc: p.uscc, representative: p.representative, address: p.address, phone: p.phone, collectiveMember: false }, actor).id]),
  );
  const householdId = db.prepare(`SELECT id FROM households WHERE code = ?`);
  const parcelsOf = db.prepare(`SELECT fid, min(coalesce(registered_area_m2, ellipsoid_area_m2), ellipsoid_area_m2) AS r FROM parcels WHERE household_id = ? ORDER BY code`);
  for (const spec of contracts) {
    const households = spec.householdCodes.map((code) => (householdId.get(code) as { id: number }).id);
    const parcels = households.flatMap((h) => parcelsOf.all(h) as { fid: number; r: number | null }[]);
    const boundaries = new Map(suggestBoundaries(project, parcels.map((p) => p.fid)).map((s) => [s.parcelId, s.boundaries]));
    const draft: ContractDraft = {
      ...spec.terms,
      transferorHouseholdIds: households,
      transfereePartyId: partyIds.get(spec.transfereeKey)!,
      parcels: parcels.map((p) => ({ parcelId: p.fid, areaM2: p.r, boundaries: boundaries.get(p.fid)!, remark: '' })),
    };
    const [id] = createDrafts(project, [draft], actor) as [number];
    if (!spec.numberOn) continue;
    const numbered = numberContract(project, id, spec.numberOn, actor);
    if (spec.filedOn) setContractStatus(project, id, 'filed', spec.filedOn, null, actor);
    if (spec.activeOn) setContractStatus(project, id, 'active', spec.activeOn, null, actor);
    if (spec.paidReceipt) {
      const view = buildContractView(project, numbered, spec.numberOn);
      view.schedule
        .filter((item) => item.year === 1)
        .forEach((item, i) =>
          recordPayment(
            project,
            { contractId: id, householdId: item.householdId, dueDate: item.dueDate, amountYuan: item.amountYuan, paidOn: item.dueDate, method: 'bank_transfer', receiptNo: `${spec.paidReceipt}${String(i + 1).padStart(3, '0')}` },
            actor,
          ),
        );
    }
  }
}
