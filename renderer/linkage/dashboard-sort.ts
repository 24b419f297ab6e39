import { PROJECT_STATUSES, type AlertLevel, type DashboardRow } from './linkage-api';

/** The county dashboard's columns, each sortable by clicking its heading. */
export const DASHBOARD_COLUMNS = [
  'code',
  'name',
  'status',
  'deadline',
  'monthsToDeadline',
  'demolition',
  'construction',
  'balance',
  'surplusConfirmed',
  'surplusAvailable',
  'outstandingRevolving',
  'alertLevel',
] as const;
export type DashboardColumn = (typeof DASHBOARD_COLUMNS)[number];

export interface DashboardSort {
  column: DashboardColumn;
  descending: boolean;
}

const ALERT_RANK: Record<AlertLevel, number> = { none: 0, warning: 1, error: 2 };

/** Areas sort by exact m², statuses by their order in the project's life, alerts by gravity. */
function keyOf(row: DashboardRow, column: DashboardColumn): string | number {
  switch (column) {
    case 'status':
      return PROJECT_STATUSES.indexOf(row.status);
    case 'alertLevel':
      return ALERT_RANK[row.alertLevel];
    case 'demolition':
    case 'construction':
    case 'balance':
      return row.balance[column].m2;
    case 'surplusConfirmed':
    case 'surplusAvailable':
    case 'outstandingRevolving':
      return row[column].m2;
    default:
      return row[column];
  }
}

const compare = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN'));

/** A sorted copy; ties keep the order of the project codes so the table does not jump. */
export function sortDashboard(rows: readonly DashboardRow[], sort: DashboardSort): DashboardRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(keyOf(a, sort.column), keyOf(b, sort.column)) || a.code.localeCompare(b.code));
}

/** Clicking the sorted column again reverses it; another column starts ascending. */
export const nextSort = (current: DashboardSort, column: DashboardColumn): DashboardSort =>
  current.column === column ? { column, descending: !current.descending } : { column, descending: false };
