import { dayNumber, isoDate } from '../contract/term';
import type { CaseFacts } from './case-facts';
import type { Insurance } from './case-records';
import type { Deadline } from './case-view';
import { stepDefinition } from './step-catalogue';
import { activeMortgages, householdName, isClosed, isDone, isFiled, mortgageLabel, signedOn, yuan } from './rules/case-lookup';

type Due = Omit<Deadline, 'contractId' | 'contractNumber' | 'overdue'>;

const addDays = (iso: string, days: number): string => isoDate(dayNumber(iso) + days);

/** A policy is renewed once a later policy of the same product and crop is on the case. */
const renewed = (i: Insurance, all: readonly Insurance[]): boolean =>
  all.some((o) => o !== i && o.product === i.product && o.crop === i.crop && o.startDate > i.startDate);

/** Contract-side deadlines; a closed contract has none left (filing, rent, expiry and open steps lapse with it). */
function contractDues(facts: CaseFacts): Due[] {
  const { contract } = facts;
  if (isClosed(facts)) return [];
  const dues: Due[] = [];
  const signed = signedOn(facts);
  if (signed !== null && !isFiled(facts)) {
    dues.push({ date: addDays(signed, contract.filingDays), kind: 'filing', lane: 'bureau', text: `向发包方备案（签约后 ${contract.filingDays} 日内）`, stepKey: 'bureau.filing', recordId: null });
  }
  for (const rent of contract.rentDue) {
    dues.push({ date: rent.dueDate, kind: 'rent', lane: 'transferee', text: `向${householdName(facts, rent.householdId)}支付租金 ${yuan(rent.amountYuan)}`, stepKey: null, recordId: null });
  }
  dues.push({ date: contract.endDate, kind: 'contract_expiry', lane: 'bureau', text: '流转合同期满', stepKey: null, recordId: null });
  for (const step of facts.steps) {
    if (step.dueDate === null || step.status === 'done' || step.status === 'not_applicable') continue;
    const who = step.responsible.trim() === '' ? '' : `（${step.responsible.trim()}）`;
    dues.push({ date: step.dueDate, kind: 'step_due', lane: step.lane, text: `${stepDefinition(step.key).title}${who}`, stepKey: step.key, recordId: null });
  }
  return dues;
}

/** Record-side deadlines: the loan and the service run on after the contract ends; a renewal does not. */
function recordDues(facts: CaseFacts): Due[] {
  const dues: Due[] = [];
  for (const i of facts.insurances) {
    if (isClosed(facts) || renewed(i, facts.insurances)) continue;
    dues.push({ date: i.endDate, kind: 'insurance_renewal', lane: 'insurer', text: `${i.insurer}${i.crop}保险到期续保${i.policyNo ? `（保单号 ${i.policyNo}）` : ''}`, stepKey: null, recordId: i.id });
  }
  for (const { mortgage } of activeMortgages(facts)) {
    dues.push({ date: mortgage.maturityDate, kind: 'loan_maturity', lane: 'bank', text: `${mortgageLabel(mortgage)}到期还款 ${yuan(mortgage.amountYuan)}`, stepKey: null, recordId: mortgage.id });
  }
  const settled = isDone(facts, 'coop.settlement');
  for (const t of facts.trusteeships) {
    if (t.startDate >= facts.asOf) {
      dues.push({ date: t.startDate, kind: 'trusteeship_season', lane: 'coop', text: `${t.coop}托管作业开始（${t.crop}）`, stepKey: 'coop.service', recordId: t.id });
    }
    if (!settled) {
      dues.push({ date: t.endDate, kind: 'trusteeship_season', lane: 'coop', text: `${t.coop}托管服务期满，验收结算（${t.crop}）`, stepKey: 'coop.settlement', recordId: t.id });
    }
  }
  return dues;
}

/**
 * Everything still due on a case, by date: filing (signing + agreed days, until filed), rent, insurance
 * renewal, loan maturity, trusteeship start and end, contract expiry and the steps' own due dates. What
 * is done drops out, so a date before `asOf` that is still listed is overdue.
 */
export function caseDeadlines(facts: CaseFacts): Deadline[] {
  const { id, number } = facts.contract;
  return [...contractDues(facts), ...recordDues(facts)]
    .map((d) => ({ ...d, contractId: id, contractNumber: number, overdue: d.date < facts.asOf }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The 待办 list: what is overdue or falls due within `days` of `asOf`, overdue first, then by date. */
export function dueWithin(deadlines: readonly Deadline[], asOf: string, days: number): Deadline[] {
  const last = addDays(asOf, days);
  return deadlines
    .filter((d) => d.date <= last)
    .sort((a, b) => Number(b.date < asOf) - Number(a.date < asOf) || a.date.localeCompare(b.date));
}
