import type { Block } from '../engine/document-model';
import type { ProposalInput } from './proposal-input';
import { cnDate, formatMu, formatYuan } from './proposal-numbers';
import { heading, para, simpleTable } from './proposal-wording';

/** Section 九: the quota ledger statement with running balances, and the revolving-quota alerts (ZJ-05). */

const ALERT_LABELS = { none: '正常', warning: '预警', error: '超期' } as const;

export function ledgerSection(input: ProposalInput): Block[] {
  const { statement, balance: b, alerts } = input.quota;
  const blocks: Block[] = [heading('九、挂钩指标台账')];
  if (statement.length === 0) return [...blocks, para('本项目指标台账尚无记录。')];
  blocks.push(
    simpleTable(
      [['日期', 12, 'center'], ['事项', 13, 'center'], ['摘要', 27, 'left'], ['面积（亩）', 11, 'right'], ['金额（元）', 13, 'right'], ['未还周转（亩）', 12, 'right'], ['可用节余（亩）', 12, 'right']],
      statement.map((r) => [
        r.event.date,
        r.label,
        r.summary,
        formatMu(r.areaM2),
        r.amountYuan === null ? '' : formatYuan(r.amountYuan),
        formatMu(r.balance.outstandingRevolvingM2),
        formatMu(r.balance.surplusAvailableM2),
      ]),
    ),
    para(
      `截至${cnDate(input.asOf)}：下达周转指标 ${formatMu(b.issuedM2)} 亩，建新使用 ${formatMu(b.usedM2)} 亩，验收复垦 ${formatMu(b.acceptedReclaimedM2)} 亩` +
        `（其中耕地 ${formatMu(b.acceptedCultivatedM2)} 亩），已归还 ${formatMu(b.returnedM2)} 亩，未还 ${formatMu(b.outstandingRevolvingM2)} 亩；` +
        `确认节余指标 ${formatMu(b.surplusConfirmedM2)} 亩，已交易 ${formatMu(b.tradedM2)} 亩，本地使用 ${formatMu(b.usedLocallyM2)} 亩，可用 ${formatMu(b.surplusAvailableM2)} 亩；` +
        `交易价款 ${formatYuan(b.revenueYuan)} 元，已收 ${formatYuan(b.paidYuan)} 元，未收 ${formatYuan(b.unpaidYuan)} 元。`,
    ),
  );
  if (alerts.length === 0) blocks.push(para('周转指标归还：无未归还的周转指标，无预警。'));
  else
    blocks.push(
      para('周转指标归还预警：', false),
      simpleTable(
        [['下达文号', 24, 'left'], ['下达日期', 13, 'center'], ['未还（亩）', 12, 'right'], ['已过月数', 10, 'right'], ['状态', 9, 'center'], ['归还期限', 13, 'center'], ['依据', 19, 'left']],
        alerts.map((a) => [a.docNo, a.issueDate, formatMu(a.outstandingM2), String(a.monthsElapsed), ALERT_LABELS[a.level], a.deadline, a.source]),
      ),
    );
  return blocks;
}
