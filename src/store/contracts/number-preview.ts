import type { Project } from '../project';
import { ContractError } from './contract-error';
import { requireContract, type ContractRecord, type NumberPlan } from './contracts-repo';

/**
 * The number numbering would give the draft now, without taking it, so the planner confirms knowing it:
 * the next serial of its scope, past numbers in use or retired, as `assignNumberIn` would choose it.
 * `plan` refuses as numbering would (a draft with error findings).
 */
export function previewNumber(project: Project, id: number, plan: (record: ContractRecord) => NumberPlan): string {
  const record = requireContract(project, id);
  if (record.status !== 'draft') throw new ContractError('refused', `合同 ${record.number ?? id} 已编号，不能再次编号`, 'id');
  const { scope, format } = plan(record);
  const db = project.db;
  const last = (db.prepare(`SELECT last_serial FROM contract_number_counters WHERE scope = ?`).pluck().get(scope) as number | undefined) ?? 0;
  const taken = db.prepare(`SELECT 1 FROM contracts WHERE number = ? UNION ALL SELECT 1 FROM contract_corrections WHERE number_revoked = ?`);
  let serial = last;
  let number: string;
  do number = format(++serial);
  while (taken.get(number, number));
  return number;
}
