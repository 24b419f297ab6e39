import { describe, expect, it } from 'vitest';
import { TimelineEntrySchema } from '../../../src/domain/case/case-view';
import { caseTimeline } from '../../../src/domain/case/timeline';
import { mortgage, trusteeship, validCase, withStep } from './facts';

describe('caseTimeline', () => {
  it('tells an active case from review to loan, then what is due, in date order', () => {
    const timeline = caseTimeline(validCase());
    for (const e of timeline) TimelineEntrySchema.parse(e);
    expect(timeline.map((e) => [e.date, e.done, e.text])).toEqual([
      ['2025-09-10', true, '社会资本资格审查和项目审核（完成）'],
      ['2025-09-15', true, '合同审核与统一编号（完成）'],
      ['2025-09-20', true, '签订流转合同（完成）'],
      ['2025-09-25', true, '向发包方备案（完成）'],
      ['2025-10-01', true, '土地交付，合同生效（完成）'],
      ['2025-11-01', true, '单县农村商业银行贷款（合同号 DK2025-018）放款 200,000.00 元'],
      ['2026-09-30', false, '单县农村商业银行贷款（合同号 DK2025-018）到期还款 200,000.00 元'],
      ['2026-10-01', false, '向承包户“王建国”支付租金 5,015.00 元'],
      ['2026-10-01', false, '向承包户“王建民”支付租金 3,355.00 元'],
      ['2030-09-30', false, '流转合同期满'],
    ]);
  });

  it('shows a contract date once, and separately when its step records another day', () => {
    const facts = withStep(validCase(), 'bureau.filing', 'done', '2025-09-26');
    const filing = caseTimeline(facts).filter((e) => e.text.includes('备案'));
    expect(filing.map((e) => [e.date, e.text])).toEqual([
      ['2025-09-25', '向发包方备案'],
      ['2025-09-26', '向发包方备案（完成）'],
    ]);
  });

  it('puts what happened before what is due on the same day, and marks overdue items', () => {
    const facts = { ...validCase(), asOf: '2026-10-02', mortgages: [mortgage({ maturityDate: '2026-10-01' })] };
    const day = caseTimeline(facts).filter((e) => e.date === '2026-10-01');
    expect(day.map((e) => e.done)).toEqual([false, false, false]);
    expect(day[0]!.text).toContain('（已逾期）');
    const withEvent = withStep(facts, 'bureau.ledger', 'done', '2026-10-01');
    expect(caseTimeline(withEvent).filter((e) => e.date === '2026-10-01').map((e) => e.done)).toEqual([true, false, false, false]);
  });

  it('keeps a record dated after asOf as not yet done', () => {
    const facts = { ...validCase(), trusteeships: [trusteeship({ signedOn: '2025-12-01', startDate: '2025-12-05' })] };
    const signing = caseTimeline(facts).find((e) => e.text.startsWith('与单县供销社'))!;
    expect(signing).toMatchObject({ date: '2025-12-01', lane: 'coop', done: false });
  });

  it('shows each recorded correction on its day in the bureau lane, with its reason and actor', () => {
    const facts = {
      ...validCase(),
      corrections: [
        {
          id: 1,
          contractId: 42,
          kind: 'date' as const,
          fromStatus: 'active' as const,
          toStatus: 'active' as const,
          numberRevoked: null,
          event: 'filed' as const,
          eventDateBefore: '2025-09-24',
          eventDateAfter: '2025-09-25',
          on: '2025-10-08',
          reason: '备案登记表日期为 9 月 25 日',
          actor: '李敏',
          at: '2025-10-08T02:00:00.000Z',
        },
      ],
    };
    expect(caseTimeline(facts).find((e) => e.date === '2025-10-08')).toEqual({
      date: '2025-10-08',
      lane: 'bureau',
      text: '更正备案日期：2025-09-24 改为 2025-09-25（原因：备案登记表日期为 9 月 25 日；经办：李敏）',
      done: true,
    });
  });
});
