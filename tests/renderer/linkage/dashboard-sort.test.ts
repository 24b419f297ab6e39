import { describe, expect, it } from 'vitest';
import { nextSort, sortDashboard } from '../../../renderer/linkage/dashboard-sort';
import type { DashboardRow } from '../../../renderer/linkage/linkage-api';

const area = (m2: number) => ({ m2, mu: Math.round(m2 * 0.15) / 100, ha: m2 / 10000 });
function row(code: string, over: Partial<DashboardRow> & { demolitionM2?: number; constructionM2?: number } = {}): DashboardRow {
  const d = over.demolitionM2 ?? 1000;
  const c = over.constructionM2 ?? 500;
  return {
    id: code.charCodeAt(0),
    code,
    name: `project ${code}`,
    status: 'planning',
    deadline: '2027-01-01',
    monthsToDeadline: 12,
    balance: { demolition: { ...area(d), parcels: 1 }, construction: { ...area(c), parcels: 1 }, balance: area(d - c) },
    surplusConfirmed: area(0),
    surplusAvailable: area(0),
    outstandingRevolving: area(0),
    alertLevel: 'none',
    ...over,
  };
}

const codes = (rows: DashboardRow[]) => rows.map((r) => r.code);

describe('the county dashboard order', () => {
  it('sorts balances by exact square metres, not by the rounded 亩 text', () => {
    const rows = [row('A', { demolitionM2: 1000.004 }), row('B', { demolitionM2: 1000.001 }), row('C', { demolitionM2: 900 })];
    expect(codes(sortDashboard(rows, { column: 'balance', descending: false }))).toEqual(['C', 'B', 'A']);
    expect(codes(sortDashboard(rows, { column: 'balance', descending: true }))).toEqual(['A', 'B', 'C']);
  });

  it('sorts alerts by gravity and statuses by the order of a project life, ties by code', () => {
    const rows = [row('B', { alertLevel: 'warning' }), row('A', { alertLevel: 'error' }), row('C', { alertLevel: 'warning' }), row('D')];
    expect(codes(sortDashboard(rows, { column: 'alertLevel', descending: true }))).toEqual(['A', 'B', 'C', 'D']);
    const lives = [row('X', { status: 'closed' }), row('Y', { status: 'planning' }), row('Z', { status: 'implementing' })];
    expect(codes(sortDashboard(lives, { column: 'status', descending: false }))).toEqual(['Y', 'Z', 'X']);
  });

  it('puts overdue projects (negative months) first when sorted by time left', () => {
    const rows = [row('A', { monthsToDeadline: 5 }), row('B', { monthsToDeadline: -2 }), row('C', { monthsToDeadline: 30 })];
    expect(codes(sortDashboard(rows, { column: 'monthsToDeadline', descending: false }))).toEqual(['B', 'A', 'C']);
  });

  it('reverses on a second click on the same heading and starts ascending on another', () => {
    const first = nextSort({ column: 'code', descending: false }, 'code');
    expect(first).toEqual({ column: 'code', descending: true });
    expect(nextSort(first, 'deadline')).toEqual({ column: 'deadline', descending: false });
  });

  it('leaves the rows it was given untouched', () => {
    const rows = [row('B'), row('A')];
    sortDashboard(rows, { column: 'code', descending: false });
    expect(codes(rows)).toEqual(['B', 'A']);
  });
});
