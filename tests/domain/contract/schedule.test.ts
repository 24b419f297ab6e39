import { describe, expect, it } from 'vitest';
import { PaymentPlanSchema, type PaymentPlan, type RentBasis } from '../../../src/domain/contract/contract-draft';
import { overdue, paymentSchedule, type ScheduleInput } from '../../../src/domain/contract/schedule';
import { muToM2 } from '../../../src/domain/units';

const plan = (p: Partial<PaymentPlan>): PaymentPlan => PaymentPlanSchema.parse({ mode: 'annual', dueMonthDay: '12-01', ...p });
const cash = (yuanPerMuYear: number): RentBasis => ({ kind: 'cash', yuanPerMuYear });
const one = (mu: number, householdId = 1) => [{ householdId, areaM2: muToM2(mu) }];
const input = (p: Partial<ScheduleInput>): ScheduleInput => ({
  startDate: '2025-01-01',
  endDate: '2034-12-31',
  payment: plan({}),
  rent: cash(1000),
  households: one(5.38),
  ...p,
});
const sumFen = (amounts: number[]): number => amounts.reduce((s, a) => s + Math.round(a * 100), 0);

describe('payment schedule', () => {
  it('pays a 10-year cash lease in advance once a year: the first on the start day, then each 1 December before the year', () => {
    const items = paymentSchedule(input({}), []);
    expect(items).toHaveLength(10);
    expect(items.map((i) => i.dueDate)).toEqual(['2025-01-01', ...[2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033].map((y) => `${y}-12-01`)]);
    expect(items.map((i) => i.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(items.every((i) => i.amountYuan === 5380 && !i.estimated && i.householdId === 1)).toBe(true);
  });

  it('pays in arrears on the due day inside each contract year', () => {
    const items = paymentSchedule(input({ endDate: '2026-12-31', payment: plan({ inAdvance: false, dueMonthDay: '10-01' }) }), []);
    expect(items.map((i) => i.dueDate)).toEqual(['2025-10-01', '2026-10-01']);
  });

  it('indexes grain rent: 500 斤/亩 at 1.30 for three years, 1.42 after the reset, and an estimate when the next reset has no price', () => {
    const wheat: RentBasis = { kind: 'grain', grain: 'wheat', jinPerMuYear: 500, priceRef: 'market', priceDate: '05-10', basePriceYuanPerJin: 1.3, resetEveryYears: 3 };
    const items = paymentSchedule(input({ endDate: '2031-12-31', rent: wheat, households: one(10), payment: plan({ inAdvance: false, dueMonthDay: '10-01' }) }), [{ year: 4, yuanPerJin: 1.42 }]);
    expect(items.map((i) => i.amountYuan)).toEqual([6500, 6500, 6500, 7100, 7100, 7100, 7100]);
    expect(items.map((i) => i.estimated)).toEqual([false, false, false, false, false, false, true]);
    expect(items[6]!.dueDate).toBe('2031-10-01');
  });

  it('splits each year 50/50 into instalments on their own days', () => {
    const payment = plan({ mode: 'instalments', inAdvance: false, instalments: [{ monthDay: '03-01', pct: 50 }, { monthDay: '09-01', pct: 50 }] });
    const items = paymentSchedule(input({ endDate: '2026-12-31', payment }), []);
    expect(items.map((i) => [i.year, i.dueDate, i.amountYuan])).toEqual([
      [1, '2025-03-01', 2690],
      [1, '2025-09-01', 2690],
      [2, '2026-03-01', 2690],
      [2, '2026-09-01', 2690],
    ]);
  });

  it('gives the rounding remainder to the last payment, so the printed payments add up to the printed total', () => {
    // 333.33 yuan a year in two halves of 166.665: printed 166.67 and 166.66
    const payment = plan({ mode: 'instalments', inAdvance: false, instalments: [{ monthDay: '03-01', pct: 50 }, { monthDay: '09-01', pct: 50 }] });
    const items = paymentSchedule(input({ endDate: '2025-12-31', rent: cash(333.33), households: one(1), payment }), []);
    expect(items.map((i) => i.amountYuan)).toEqual([166.67, 166.66]);
    const thirds = plan({ mode: 'instalments', inAdvance: false, instalments: [{ monthDay: '03-01', pct: 33.33 }, { monthDay: '06-01', pct: 33.33 }, { monthDay: '09-01', pct: 33.34 }] });
    const threeWays = paymentSchedule(input({ rent: cash(1234.57), households: [...one(1.11, 1), ...one(2.22, 2)], payment: thirds }), []);
    for (const householdId of [1, 2]) {
      const mu = householdId === 1 ? 1.11 : 2.22;
      expect(sumFen(threeWays.filter((i) => i.householdId === householdId).map((i) => i.amountYuan))).toBe(Math.round(1234.57 * mu * 10 * 100));
    }
  });

  it('refuses instalments that do not add up to 100%', () => {
    const payment = plan({ mode: 'instalments', instalments: [{ monthDay: '03-01', pct: 50 }, { monthDay: '09-01', pct: 40 }] });
    expect(() => paymentSchedule(input({ payment }), [])).toThrow(/之和应为 100%，现为 90%/);
  });

  it('pays a shortened last year pro rata by days, leap year included', () => {
    // year 2 is 2024-01-01..2024-06-30: 182 of 366 days; 5,380 × 182 / 366 = 2,675.3005… → 2,675.30
    const items = paymentSchedule(input({ startDate: '2023-01-01', endDate: '2024-06-30', payment: plan({ dueMonthDay: '01-01' }) }), []);
    expect(items.map((i) => [i.dueDate, i.amountYuan])).toEqual([
      ['2023-01-01', 5380],
      ['2024-01-01', 2675.3],
    ]);
    // in arrears the due day 12-01 lies after the short year, so it falls on the year's last day
    const arrears = paymentSchedule(input({ startDate: '2023-01-01', endDate: '2024-06-30', payment: plan({ inAdvance: false }) }), []);
    expect(arrears.map((i) => i.dueDate)).toEqual(['2023-12-01', '2024-06-30']);
  });

  it('pays a lump sum of the whole term per household on the first due day', () => {
    const items = paymentSchedule(input({ households: [...one(5.38, 7), ...one(1, 8)], payment: plan({ mode: 'lump_sum' }) }), []);
    expect(items).toEqual([
      { year: 1, dueDate: '2025-01-01', householdId: 7, amountYuan: 53800, estimated: false },
      { year: 1, dueDate: '2025-01-01', householdId: 8, amountYuan: 10000, estimated: false },
    ]);
  });

  it('has no schedule for rent in another form or payment agreed otherwise', () => {
    expect(paymentSchedule(input({ rent: { kind: 'other', text: '协商' } }), [])).toEqual([]);
    expect(paymentSchedule(input({ payment: plan({ mode: 'other' }) }), [])).toEqual([]);
  });
});

describe('overdue rent', () => {
  const payment = plan({ mode: 'instalments', inAdvance: false, instalments: [{ monthDay: '03-01', pct: 50 }, { monthDay: '09-01', pct: 50 }] });
  const schedule = paymentSchedule(input({ endDate: '2026-12-31', payment }), []);

  it('lists payments past due that are unpaid or part-paid, with what is still owed', () => {
    const paid = [
      { householdId: 1, dueDate: '2025-03-01', amountYuan: 2690 },
      { householdId: 1, dueDate: '2025-09-01', amountYuan: 1000 },
    ];
    const late = overdue(schedule, paid, '2026-03-02');
    expect(late.map((o) => [o.item.dueDate, o.paidYuan, o.outstandingYuan])).toEqual([
      ['2025-09-01', 1000, 1690],
      ['2026-03-01', 0, 2690],
    ]);
  });

  it('does not count a payment due today, nor a payment recorded against another date or household', () => {
    expect(overdue(schedule, [], '2025-03-01')).toEqual([]);
    const wrong = [
      { householdId: 1, dueDate: '2025-09-01', amountYuan: 5380 },
      { householdId: 2, dueDate: '2025-03-01', amountYuan: 2690 },
    ];
    expect(overdue(schedule, wrong, '2025-03-02').map((o) => o.outstandingYuan)).toEqual([2690]);
  });
});
