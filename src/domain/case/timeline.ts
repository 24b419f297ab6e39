import type { CaseFacts } from './case-facts';
import type { TimelineEntry } from './case-view';
import { caseDeadlines } from './deadlines';
import { stepDefinition, type StepKey } from './step-catalogue';
import { mortgageLabel, yuan } from './rules/case-lookup';
import { correctionText } from '../contract/contract-correction';

/** The contract's own dates, with the step that records the same event (shown once when both agree). */
const CONTRACT_EVENTS: readonly { date: 'signedOn' | 'numberedOn' | 'filedOn' | 'activeOn' | 'terminatedOn'; step: StepKey | null; lane: TimelineEntry['lane']; text: string }[] = [
  { date: 'signedOn', step: 'transferee.signing', lane: 'transferee', text: '签订流转合同' },
  { date: 'numberedOn', step: 'bureau.contractReview', lane: 'bureau', text: '合同审核并统一编号' },
  { date: 'filedOn', step: 'bureau.filing', lane: 'bureau', text: '向发包方备案' },
  { date: 'activeOn', step: 'transferee.delivery', lane: 'transferee', text: '土地交付，合同生效' },
  { date: 'terminatedOn', step: null, lane: 'bureau', text: '合同终止' },
];

/**
 * A case's history and what lies ahead, by date: completed steps, the contract's dates and corrections, the records'
 * start dates (loan, policy, trusteeship signing) as done once reached, then every open deadline as not done (overdue
 * ones too, so nothing missed drops off). On one day, what happened comes before what is due.
 */
export function caseTimeline(facts: CaseFacts): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const doneSteps = facts.steps.filter((s) => s.status === 'done' && s.statusOn !== null);
  for (const s of doneSteps) entries.push({ date: s.statusOn!, lane: s.lane, text: `${stepDefinition(s.key).title}（完成）`, done: true });
  for (const e of CONTRACT_EVENTS) {
    const date = facts.contract[e.date];
    if (date === null || doneSteps.some((s) => s.key === e.step && s.statusOn === date)) continue;
    entries.push({ date, lane: e.lane, text: e.text, done: true });
  }
  // Each recorded correction, on its day: what it took back or re-dated, why and by whom.
  for (const c of facts.corrections) entries.push({ date: c.on, lane: 'bureau', text: correctionText(c), done: true });
  const review = facts.contract.socialCapitalReview;
  if (review !== null && !doneSteps.some((s) => s.key === 'bureau.socialCapitalReview' && s.statusOn === review.approvedOn)) {
    entries.push({ date: review.approvedOn, lane: 'bureau', text: `社会资本审查批准（${review.approvalNo}）`, done: true });
  }
  // A record may be entered ahead of its date (a loan agreed, a policy bought for next season).
  const record = (date: string, lane: TimelineEntry['lane'], text: string) => entries.push({ date, lane, text, done: date <= facts.asOf });
  for (const m of facts.mortgages) record(m.startDate, 'bank', `${mortgageLabel(m)}放款 ${yuan(m.amountYuan)}`);
  for (const i of facts.insurances) record(i.startDate, 'insurer', `${i.insurer}${i.crop}保险起保${i.policyNo ? `（保单号 ${i.policyNo}）` : ''}`);
  for (const t of facts.trusteeships) if (t.signedOn !== null) record(t.signedOn, 'coop', `与${t.coop}签订托管服务合同（${t.crop}）`);
  for (const d of caseDeadlines(facts)) entries.push({ date: d.date, lane: d.lane, text: d.overdue ? `${d.text}（已逾期）` : d.text, done: false });
  return entries.sort((a, b) => a.date.localeCompare(b.date) || Number(b.done) - Number(a.done));
}
