import { formatContractNumber, parsePattern, serialScope, type ContractNumberParts } from '../../domain/contract/contract-number';
import { runContractRules } from '../../domain/contract/rules';
import { numberPatternAt } from '../../store/contracts/contract-settings';
import { ContractError } from '../../store/contracts/contract-error';
import { assignNumber, type ContractRecord, type NumberPlan } from '../../store/contracts/contracts-repo';
import type { Project } from '../../store/project';
import { resolveContract } from './resolve-contract';

/**
 * Numbers a draft on `on` (the filing office's date): refused while any error finding stands; otherwise
 * the next serial of its scope under the county's pattern in force that day, all in one transaction.
 */
export function numberContract(project: Project, id: number, on: string, actor: string): ContractRecord {
  return assignNumber(project, id, on, actor, numberPlan(project, on));
}

/** The refusal check and the number format for numbering on `on`; also used where a case step numbers the contract. */
export function numberPlan(project: Project, on: string): (record: ContractRecord) => NumberPlan {
  return (record) => {
    const { id } = record;
    const resolved = resolveContract(project, record.draft, on, id);
    const errors = runContractRules(resolved.facts).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      const rules = [...new Set(errors.map((f) => f.ruleId))].join('、');
      throw new ContractError(
        'refused',
        `合同草稿 ${id} 有 ${errors.length} 项错误（${rules}），改正后才能编号`,
        'id',
        errors.map((f) => ({ path: f.path ? `draft.${f.path}` : 'draft', message: `${f.ruleId}：${f.message}` })),
      );
    }
    const pattern = parsePattern(numberPatternAt(project.db, on).value);
    // The village's 12-digit code is county (6) + township (3) + village (3).
    const village = resolved.firstVillageCode ?? '';
    if (!/^\d{12}$/.test(village)) throw new ContractError('refused', `合同 ${id} 的村级代码“${village}”不是 12 位数字，无法按编号格式编号`, 'id');
    const parts: Omit<ContractNumberParts, 'serial'> = {
      countyCode: village.slice(0, 6),
      townCode: village.slice(6, 9),
      villageCode: village.slice(9, 12),
      year: Number(on.slice(0, 4)),
    };
    return { scope: serialScope(pattern, parts), format: (serial) => formatContractNumber(pattern, { ...parts, serial }) };
  };
}
