import { describe, expect, it } from 'vitest';
import { DEFAULT_REVOLVING_ALERT_POLICY, revolvingAlerts, type RevolvingAlertPolicy } from '../../../../src/domain/linkage/quota-ledger';
import { muToM2 } from '../../../../src/domain/units';
import { accept, giveBack, issue } from './ledger-fixtures';

const POLICY = DEFAULT_REVOLVING_ALERT_POLICY;

describe('alerts for unreturned revolving quota', () => {
  it('raises nothing before 30 months, a warning from 30 months through the deadline, and an error from the day after it', () => {
    const events = [issue('2021-03-15', 100)];
    const at = (asOf: string) => revolvingAlerts(events, asOf, POLICY)[0]!;
    expect(at('2023-09-14')).toMatchObject({ monthsElapsed: 29, level: 'none' });
    expect(at('2023-09-15')).toMatchObject({ monthsElapsed: 30, level: 'warning', warnDate: '2023-09-15', deadline: '2024-03-15' });
    expect(at('2024-03-14')).toMatchObject({ monthsElapsed: 35, level: 'warning' });
    expect(at('2024-03-15')).toMatchObject({ monthsElapsed: 36, level: 'warning' });
    expect(at('2024-03-16')).toMatchObject({ monthsElapsed: 36, level: 'error' });
    expect(at('2024-03-16').source).toContain('国土资发〔2008〕138号');
  });

  // 民法典 第二百零二条: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。"
  it('holds quota issued on 2024-01-31 in time through 2027-01-31 and overdue from 2027-02-01', () => {
    const at = (asOf: string) => revolvingAlerts([issue('2024-01-31', 10)], asOf, POLICY)[0]!;
    expect(at('2026-07-30')).toMatchObject({ level: 'none', warnDate: '2026-07-31', deadline: '2027-01-31' });
    expect(at('2026-07-31').level).toBe('warning');
    expect(at('2027-01-31').level).toBe('warning');
    expect(at('2027-02-01').level).toBe('error');
  });

  it('ends the period of quota issued on 2024-02-29 on the last day of February, 2027-02-28', () => {
    const at = (asOf: string) => revolvingAlerts([issue('2024-02-29', 10)], asOf, POLICY)[0]!;
    expect(at('2026-08-28')).toMatchObject({ level: 'none', warnDate: '2026-08-29', deadline: '2027-02-28' });
    expect(at('2026-08-29').level).toBe('warning');
    expect(at('2027-02-28').level).toBe('warning');
    expect(at('2027-03-01').level).toBe('error');
  });

  it('counts months to the month end for an issue on the 31st', () => {
    const [alert] = revolvingAlerts([issue('2021-08-31', 10)], '2024-02-29', POLICY);
    expect(alert).toMatchObject({ monthsElapsed: 30, level: 'warning', warnDate: '2024-02-29', deadline: '2024-08-31' });
  });

  it('lets returns repay the oldest issue first, leaving the newer issue outstanding', () => {
    const older = issue('2021-01-10', 60);
    const newer = issue('2022-06-01', 40);
    const events = [older, newer, accept('2023-05-01', 100), giveBack('2023-06-01', 70)];
    const alerts = revolvingAlerts(events, '2024-02-01', POLICY);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ issueEventId: newer.id, monthsElapsed: 20, level: 'none' });
    expect(alerts[0]!.outstandingM2).toBeCloseTo(muToM2(30), 9);
  });

  it('keeps the older issue in error while returns have repaid only part of it', () => {
    const older = issue('2021-01-10', 60);
    const events = [older, issue('2022-06-01', 40), accept('2023-05-01', 100), giveBack('2023-06-01', 20)];
    const alerts = revolvingAlerts(events, '2024-02-01', POLICY);
    expect(alerts.map((a) => [a.issueEventId, a.level])).toEqual([[older.id, 'error'], [events[1]!.id, 'none']]);
    expect(alerts[0]!.outstandingM2).toBeCloseTo(muToM2(40), 9);
  });

  it('ignores events dated after the as-of date and issues fully returned', () => {
    const events = [issue('2021-01-10', 60), accept('2023-05-01', 60), giveBack('2023-06-01', 60)];
    expect(revolvingAlerts(events, '2023-05-31', POLICY)).toHaveLength(1);
    expect(revolvingAlerts(events, '2023-06-01', POLICY)).toEqual([]);
    expect(revolvingAlerts(events, '2020-12-31', POLICY)).toEqual([]);
  });

  it('applies the month limits in force on the issue date', () => {
    const policy: RevolvingAlertPolicy = {
      warnMonths: [...POLICY.warnMonths, { value: 18, effectiveFrom: '2022-01-01', source: '某县 2022 年规定' }],
      errorMonths: [...POLICY.errorMonths, { value: 24, effectiveFrom: '2022-01-01', source: '某县 2022 年规定' }],
    };
    const alerts = revolvingAlerts([issue('2021-06-01', 10), issue('2022-03-01', 10)], '2024-03-02', policy);
    expect(alerts.map((a) => [a.monthsElapsed, a.level, a.deadline])).toEqual([
      [33, 'warning', '2024-06-01'],
      [24, 'error', '2024-03-01'],
    ]);
    expect(alerts[1]!.source).toBe('某县 2022 年规定');
  });
});
