import { m2ToMu, roundHalfUp } from '../../domain/units';
import { countyTotals, PAYMENT_LABELS, SCOPE_LABELS, statementRows, type QuotaBalance } from '../../domain/linkage/quota-ledger';
import type { SheetSpec } from '../../io/table/xlsx-writer';
import { listLinkageProjects } from '../../store/linkage/linkage-projects-repo';
import { allLedgers } from '../../store/linkage/quota-ledger-repo';
import type { Project } from '../../store/project';

/**
 * The quota ledger workbook (挂钩指标台账): a county sheet with one row per project and the total, then a
 * statement sheet per project. Cells keep m² exact; 亩 columns are rounded from the exact figure.
 */

const mu = (m2: number) => roundHalfUp(m2ToMu(m2), 2);
const text = (name: string) => ({ name, type: 'string' as const });
const num = (name: string) => ({ name, type: 'number' as const });

const BALANCE_COLUMNS: [string, (b: QuotaBalance) => number][] = [
  ['下达周转指标（亩）', (b) => mu(b.issuedM2)],
  ['建新使用（亩）', (b) => mu(b.usedM2)],
  ['验收复垦（亩）', (b) => mu(b.acceptedReclaimedM2)],
  ['其中耕地（亩）', (b) => mu(b.acceptedCultivatedM2)],
  ['已归还（亩）', (b) => mu(b.returnedM2)],
  ['未归还周转指标（亩）', (b) => mu(b.outstandingRevolvingM2)],
  ['确认节余（亩）', (b) => mu(b.surplusConfirmedM2)],
  ['已交易（亩）', (b) => mu(b.tradedM2)],
  ['本地使用（亩）', (b) => mu(b.usedLocallyM2)],
  ['可用节余（亩）', (b) => mu(b.surplusAvailableM2)],
  ['交易收入（元）', (b) => roundHalfUp(b.revenueYuan, 2)],
  ['已收款（元）', (b) => roundHalfUp(b.paidYuan, 2)],
];

export function ledgerWorkbook(project: Project, projectId?: number): { sheets: SheetSpec[]; projects: number } {
  const ledgers = allLedgers(project.db);
  const projects = listLinkageProjects(project).filter((p) => projectId === undefined || p.id === projectId);
  const totals = countyTotals(projects.map((p) => ({ code: p.code, events: ledgers.get(p.id) ?? [] })));
  const county: SheetSpec = {
    name: '县级汇总',
    fields: [text('项目编号'), text('项目名称'), ...BALANCE_COLUMNS.map(([n]) => num(n))],
    rows: [
      ...totals.projects.map((row, i) => ({
        项目编号: row.code,
        项目名称: projects[i]!.name,
        ...Object.fromEntries(BALANCE_COLUMNS.map(([n, f]) => [n, f(row.balance)])),
      })),
      { 项目编号: '合计', 项目名称: '', ...Object.fromEntries(BALANCE_COLUMNS.map(([n, f]) => [n, f(totals.total)])) },
    ],
  };
  const statements: SheetSpec[] = projects.map((p) => ({
    name: p.code,
    fields: [text('事项编号'), { name: '日期', type: 'date' }, text('事项'), text('摘要'), num('面积（亩）'), num('面积（平方米）'), num('金额（元）'), text('交易范围'), text('付款状态'), ...BALANCE_COLUMNS.slice(0, 10).map(([n]) => num(`余额·${n}`))],
    rows: statementRows(ledgers.get(p.id) ?? []).map((r) => ({
      事项编号: r.event.id,
      日期: r.event.date,
      事项: r.label,
      摘要: r.summary,
      '面积（亩）': mu(r.areaM2),
      '面积（平方米）': r.areaM2,
      '金额（元）': r.amountYuan === null ? null : roundHalfUp(r.amountYuan, 2),
      交易范围: r.event.kind === 'tradeSurplus' ? SCOPE_LABELS[r.event.scope] : null,
      付款状态: r.event.kind === 'tradeSurplus' ? PAYMENT_LABELS[r.event.paymentStatus] : null,
      ...Object.fromEntries(BALANCE_COLUMNS.slice(0, 10).map(([n, f]) => [`余额·${n}`, f(r.balance)])),
    })),
  }));
  return { sheets: [county, ...statements], projects: projects.length };
}
