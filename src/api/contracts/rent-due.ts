import { z } from 'zod';
import { ScheduleItemSchema } from '../../domain/contract/contract-view';
import { overdue } from '../../domain/contract/schedule';
import { listContracts, requireContract, statusOn, type ContractRecord } from '../../store/contracts/contracts-repo';
import { householdsByIds } from '../../store/contracts/households-repo';
import { paymentsOf } from '../../store/contracts/payments-repo';
import type { Project } from '../../store/project';
import { buildContractView } from './contract-view-builder';
import { addMonths } from '../../domain/calendar/calendar-months';

/** Rent due under numbered contracts, what was paid against each due date, and what is overdue. */

export const DueItemSchema = ScheduleItemSchema.extend({
  contractId: z.number().int().positive(),
  number: z.string().nullable(),
  headName: z.string(),
  paidYuan: z.number(),
  outstandingYuan: z.number(),
});
export type DueItem = z.infer<typeof DueItemSchema>;

/** Drafts owe nothing yet and a terminated contract nothing more; one past its end may still owe arrears. */
const owesRent = (c: ContractRecord) => c.status === 'numbered' || c.status === 'filed' || c.status === 'active';

function itemsOf(project: Project, contract: ContractRecord, asOf: string, onlyOverdue: boolean): DueItem[] {
  const view = buildContractView(project, contract, asOf);
  const payments = paymentsOf(project, contract.id);
  const names = new Map(householdsByIds(project, contract.draft.transferorHouseholdIds).map((h) => [h.id, h.headName]));
  // overdue() settles payments against items in schedule order; far in the future it lists every item not paid in full.
  const unpaid = new Map(overdue(view.schedule, payments, onlyOverdue ? asOf : '9999-12-31').map((o) => [o.item, o]));
  return view.schedule.flatMap((item) => {
    const open = unpaid.get(item);
    if (onlyOverdue && !open) return [];
    return [{
      ...item,
      contractId: contract.id,
      number: contract.number,
      headName: names.get(item.householdId) ?? '',
      paidYuan: open ? open.paidYuan : item.amountYuan,
      outstandingYuan: open ? open.outstandingYuan : 0,
    }];
  });
}

const liveContracts = (project: Project, contractId: number | undefined): ContractRecord[] =>
  (contractId === undefined ? listContracts(project) : [requireContract(project, contractId)]).filter(owesRent);

/** Every schedule item of one contract or of all numbered ones, with the amount paid against it. */
export const dueItems = (project: Project, asOf: string, contractId?: number): DueItem[] =>
  liveContracts(project, contractId).flatMap((c) => itemsOf(project, c, asOf, false));

/** Items due before `asOf` and not paid in full. */
export const overdueItems = (project: Project, asOf: string): DueItem[] =>
  liveContracts(project, undefined).flatMap((c) => itemsOf(project, c, asOf, true));

/** Contracts in force whose term ends within `months` months of `asOf`. */
export function expiringContracts(project: Project, asOf: string, months: number): ContractRecord[] {
  const until = addMonths(asOf, months);
  return listContracts(project).filter((c) => {
    const status = statusOn(c, asOf);
    return (status === 'numbered' || status === 'filed' || status === 'active') && c.draft.endDate >= asOf && c.draft.endDate <= until;
  });
}
