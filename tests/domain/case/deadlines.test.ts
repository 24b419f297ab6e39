import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/domain/case/case-facts';
import type { Insurance } from '../../../src/domain/case/case-records';
import { DeadlineSchema } from '../../../src/domain/case/case-view';
import { caseDeadlines, dueWithin } from '../../../src/domain/case/deadlines';
import { mortgage, trusteeship, unsignedCase, validCase, withStep } from './facts';

const insurance = (overrides: Partial<Insurance> = {}): Insurance => ({
  id: 5,
  insurer: '中华联合财产保险单县支公司',
  product: 'full_cost',
  crop: '小麦',
  insuredM2: 6200,
  sumInsuredYuanPerMu: 950,
  premiumRate: 0.06,
  premiumSplit: { central: 0.45, provincial: 0.25, county: 0.1, farmer: 0.2 },
  policyNo: 'PZAA2025371722000123',
  startDate: '2025-10-10',
  endDate: '2026-06-30',
  beneficiary: '单县农村商业银行',
  ...overrides,
});

const kinds = (facts: CaseFacts) => caseDeadlines(facts).map((d) => [d.date, d.kind]);

describe('caseDeadlines', () => {
  it('lists rent, loan maturity and contract expiry of an active case by date', () => {
    const deadlines = caseDeadlines(validCase());
    for (const d of deadlines) DeadlineSchema.parse(d);
    expect(deadlines.map((d) => [d.date, d.kind, d.lane])).toEqual([
      ['2026-09-30', 'loan_maturity', 'bank'],
      ['2026-10-01', 'rent', 'transferee'],
      ['2026-10-01', 'rent', 'transferee'],
      ['2030-09-30', 'contract_expiry', 'bureau'],
    ]);
    expect(deadlines[1]!.text).toBe('向承包户“王建国”支付租金 5,015.00 元');
    expect(deadlines.every((d) => d.contractId === 42 && d.contractNumber === '371722-2025-0007' && !d.overdue)).toBe(true);
  });

  it('sets filing due the agreed days after signing while unfiled, and flags it overdue after asOf', () => {
    const signed = withStep(withStep(unsignedCase(), 'bureau.socialCapitalReview', 'done', '2025-09-10'), 'transferee.signing', 'done', '2025-09-20');
    const filing = caseDeadlines(signed).find((d) => d.kind === 'filing')!;
    expect(filing).toMatchObject({ date: '2025-10-20', stepKey: 'bureau.filing', text: '向发包方备案（签约后 30 日内）', overdue: true });
    expect(caseDeadlines({ ...signed, asOf: '2025-10-20' }).find((d) => d.kind === 'filing')!.overdue).toBe(false);
    expect(caseDeadlines(withStep(signed, 'bureau.filing', 'done', '2025-10-01')).some((d) => d.kind === 'filing')).toBe(false);
  });

  it('has no filing deadline before signing', () => {
    expect(caseDeadlines(unsignedCase()).some((d) => d.kind === 'filing')).toBe(false);
  });

  it('asks to renew each policy until a later one of the same product and crop is recorded', () => {
    const facts = { ...validCase(), insurances: [insurance()] };
    expect(caseDeadlines(facts).find((d) => d.kind === 'insurance_renewal')).toMatchObject({ date: '2026-06-30', lane: 'insurer', recordId: 5 });
    const renewed = { ...facts, insurances: [insurance(), insurance({ id: 6, startDate: '2026-07-01', endDate: '2027-06-30' })] };
    expect(kinds(renewed).filter(([, k]) => k === 'insurance_renewal')).toEqual([['2027-06-30', 'insurance_renewal']]);
  });

  it('follows only loans in force, and flags a loan past maturity as overdue', () => {
    const facts = { ...validCase(), mortgages: [mortgage({ status: 'repaid' }), mortgage({ id: 8, maturityDate: '2025-11-01' })] };
    const loans = caseDeadlines(facts).filter((d) => d.kind === 'loan_maturity');
    expect(loans.map((d) => [d.recordId, d.overdue])).toEqual([[8, true]]);
  });

  it('shows the start of a trusteeship not yet started and its end until settled', () => {
    const facts = { ...validCase(), trusteeships: [trusteeship({ startDate: '2025-12-01' })] };
    expect(kinds(facts).filter(([, k]) => k === 'trusteeship_season')).toEqual([
      ['2025-12-01', 'trusteeship_season'],
      ['2026-06-15', 'trusteeship_season'],
    ]);
    const started = { ...facts, trusteeships: [trusteeship()] };
    expect(kinds(started).filter(([, k]) => k === 'trusteeship_season')).toEqual([['2026-06-15', 'trusteeship_season']]);
    expect(kinds(withStep(started, 'coop.settlement', 'done', '2026-06-20')).some(([, k]) => k === 'trusteeship_season')).toBe(false);
  });

  it('lists a step’s own due date with its responsible person until it is done', () => {
    const facts = validCase();
    const steps = facts.steps.map((s) => (s.key === 'bureau.ledger' ? { ...s, dueDate: '2025-11-01', responsible: '李会计' } : s));
    const due = caseDeadlines({ ...facts, steps }).find((d) => d.kind === 'step_due')!;
    expect(due).toMatchObject({ date: '2025-11-01', lane: 'bureau', stepKey: 'bureau.ledger', text: '乡镇流转台账登记与归档（李会计）', overdue: true });
    expect(caseDeadlines(withStep({ ...facts, steps }, 'bureau.ledger', 'done', '2025-10-30')).some((d) => d.kind === 'step_due')).toBe(false);
  });

  it('drops the contract’s deadlines once it is terminated but keeps the loan', () => {
    const facts = { ...validCase(), insurances: [insurance()] };
    const closed = { ...facts, contract: { ...facts.contract, status: 'terminated' as const, terminatedOn: '2025-11-10' } };
    expect(kinds(closed).map(([, k]) => k)).toEqual(['loan_maturity']);
  });
});

describe('dueWithin', () => {
  it('keeps what is overdue or due within the days given, overdue first', () => {
    const facts = validCase();
    const steps = facts.steps.map((s) => (s.key === 'bureau.ledger' ? { ...s, dueDate: '2025-11-01' } : s));
    const all = caseDeadlines({ ...facts, steps, mortgages: [mortgage({ maturityDate: '2025-12-01' })] });
    expect(dueWithin(all, '2025-11-15', 30).map((d) => [d.date, d.kind])).toEqual([
      ['2025-11-01', 'step_due'],
      ['2025-12-01', 'loan_maturity'],
    ]);
    expect(dueWithin(all, '2025-11-15', 16).map((d) => d.kind)).toEqual(['step_due', 'loan_maturity']);
    expect(dueWithin(all, '2025-11-15', 15).map((d) => d.kind)).toEqual(['step_due']);
  });
});
