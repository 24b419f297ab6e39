import { sumOf } from './facts-lookup';
import type { LinkageRule } from './rule';

/** Gains go back to the countryside: a revenue-allocation sheet exists and sends a positive share to the villages. */
export const zj08GainsToVillages: LinkageRule = {
  id: 'ZJ-08',
  severity: 'error',
  titleKey: 'rule.ZJ-08.title',
  basis: '国发〔2010〕47号：增减挂钩土地增值收益要及时全部返还农村（条款号未核实）',
  check(facts) {
    const lines = facts.revenueAllocation;
    if (lines === null || lines.length === 0) {
      return [{ message: `项目区 ${facts.project.code} 没有收益分配表，无法说明收益返还农村的去向`, path: 'revenueAllocation', parcelIds: [] }];
    }
    const total = sumOf(lines, (l) => l.amountYuan);
    const toVillages = sumOf(lines.filter((l) => l.recipient === 'village'), (l) => l.amountYuan);
    if (toVillages > 0) return [];
    return [
      {
        message: `收益分配表共 ${lines.length} 项、合计 ${total} 元，没有返还被拆旧村庄的款项`,
        path: 'revenueAllocation',
        parcelIds: [],
      },
    ];
  },
};
