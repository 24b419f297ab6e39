import { DEMO_PRICE_LIST, type DemoCase } from '../../../resources/demo/cases';
import { stepDefinition } from '../../domain/case/step-catalogue';
import { priceFromList } from '../../domain/case/trusteeship-fee';
import { savePriceList } from '../../store/cases/price-lists-repo';
import { recordPayment } from '../../store/contracts/payments-repo';
import type { Project } from '../../store/project';
import { dueItems } from '../contracts/rent-due';
import { caseFactsOf } from './case-facts';
import { applyRecord, applyStep, writeCase } from './case-writes';

/** Records every rent item due by `through` and still open, paid in full on its due date. */
function payRent(project: Project, contractId: number, through: string, actor: string): void {
  const open = dueItems(project, through, contractId).filter((d) => d.dueDate <= through && d.outstandingYuan > 0);
  open.forEach((d, i) =>
    recordPayment(
      project,
      { contractId, householdId: d.householdId, dueDate: d.dueDate, amountYuan: d.outstandingYuan, paidOn: d.dueDate, method: 'bank_transfer', receiptNo: `SJ${d.dueDate.slice(0, 4)}-${contractId}-${String(i + 1).padStart(3, '0')}` },
      actor,
    ),
  );
}

/**
 * Writes the demo cases through the same writes the API uses, so the demo passes the same gates and
 * contract transitions a planner would (the cooperative's contract is filed by its filing step). Runs
 * after the demo contracts, which are created in demoContracts' order.
 */
export function seedDemoCases(project: Project, cases: readonly DemoCase[], actor: string): void {
  const contractIds = project.db.prepare(`SELECT id FROM contracts ORDER BY id`).pluck().all() as number[];
  savePriceList(project, DEMO_PRICE_LIST, actor);
  for (const spec of cases) {
    const id = contractIds[spec.contract]!;
    if (spec.rentPaidThrough) payRent(project, id, spec.rentPaidThrough, actor);
    // One write per case, as of its last recorded day: the records, then the steps in order.
    const asOf = spec.steps.reduce((last, s) => (s.on && s.on > last ? s.on : last), DEMO_PRICE_LIST.effectiveFrom);
    writeCase(project, id, asOf, actor, (scope, facts) => {
      const { contract } = facts;
      for (const i of spec.consents?.households ?? []) {
        const householdId = contract.transferors[i]!.householdId;
        const documentRef = `谢集农经档〔2026〕同意书 ${contract.id}-${i + 1}`;
        applyRecord(scope, facts, 'consent', { id: null, householdId, kind: 'mortgage', signedOn: spec.consents!.signedOn, documentRef });
      }
      if (spec.mortgage) {
        const parcels = contract.parcels.map((p) => ({ parcelId: p.parcelId, areaM2: p.areaM2 }));
        applyRecord(scope, facts, 'mortgage', { ...spec.mortgage, id: null, parcels });
      }
      if (spec.insurance) applyRecord(scope, facts, 'insurance', { ...spec.insurance, id: null, insuredM2: contract.areaM2 });
      if (spec.trusteeship) {
        const t = spec.trusteeship;
        const fee = priceFromList(DEMO_PRICE_LIST, t.mode, t.operations);
        if (fee === null) throw new Error(`demo price list has no price for ${t.operations.join(', ')}`);
        applyRecord(scope, facts, 'trusteeship', { ...t, id: null, client: contract.transfereeName, areaM2: contract.areaM2, feeYuanPerMu: fee });
      }
      // The records make the bank, insurer and co-op steps apply.
      let now = caseFactsOf(project, id, asOf);
      for (const step of spec.steps) {
        // A completed step has had its papers received on the day.
        const checklist = step.on ? stepDefinition(step.key).checklist.map(({ item }) => ({ item, received: true, receivedOn: step.on, ref: '' })) : undefined;
        const patch = { status: step.status, responsible: step.responsible, ...(step.on ? { statusOn: step.on, checklist } : {}), ...(step.refs ? { refs: step.refs } : {}) };
        now = applyStep(scope, project, now, step.key, patch, asOf);
      }
    });
  }
}
