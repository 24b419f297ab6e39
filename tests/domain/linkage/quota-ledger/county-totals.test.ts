import { describe, expect, it } from 'vitest';
import { countyTotals, projectBalance, statementRows } from '../../../../src/domain/linkage/quota-ledger';
import { muToM2 } from '../../../../src/domain/units';
import { accept, confirm, issue, trade, use } from './ledger-fixtures';

describe('county totals', () => {
  it('sums the exact project balances field by field, projects in the given order', () => {
    const a = [issue('2021-03-01', 100), use('2021-06-01', 80), accept('2023-01-10', 120)];
    const b = [accept('2023-01-10', 0.1), confirm('2023-02-01', 0.1), trade('2023-03-01', 0.1, 250_000, 'county')];
    const totals = countyTotals([{ code: 'ZJ-2021-01', events: a }, { code: 'ZJ-2022-02', events: b }]);
    expect(totals.projects.map((p) => p.code)).toEqual(['ZJ-2021-01', 'ZJ-2022-02']);
    expect(totals.projects[1]!.balance).toEqual(projectBalance(b));
    expect(totals.total.acceptedReclaimedM2).toBe(muToM2(120) + muToM2(0.1));
    expect(totals.total.issuedM2).toBe(muToM2(100));
    expect(totals.total.revenueYuan).toBeCloseTo(25_000, 6);
  });

  it('is zero for a county without projects', () => {
    expect(countyTotals([]).total.issuedM2).toBe(0);
  });
});

describe('ledger statement', () => {
  it('gives one row per event with its label, summary and the running balance after it', () => {
    const events = [issue('2021-03-01', 100, '鲁自然资字〔2021〕88号'), use('2021-06-01', 80), accept('2023-01-10', 120), confirm('2023-02-01', 40), trade('2023-03-01', 10)];
    const rows = statementRows(events);
    expect(rows.map((r) => r.label)).toEqual(['下达周转指标', '建新使用', '复垦验收', '节余指标确认', '节余指标交易']);
    expect(rows[0]!.summary).toBe('鲁自然资字〔2021〕88号');
    expect(rows[1]!.summary).toBe('建新地块 JX-01');
    expect(rows[2]!.summary).toBe('单自然资验〔2023〕5号（单县自然资源局）');
    expect(rows[4]!.summary).toBe('济南市历城区，省域内，未付');
    expect(rows[4]!.amountYuan).toBeCloseTo(3_000_000, 6);
    expect(rows[3]!.amountYuan).toBeNull();
    rows.forEach((r, i) => expect(r.balance).toEqual(projectBalance(events.slice(0, i + 1))));
  });
});
