import { putContractSetting } from '../../store/contracts/contract-settings';
import { casePolicyAt, casePolicyKey } from '../../store/cases/case-policy-repo';
import { priceListsAt, savePriceList } from '../../store/cases/price-lists-repo';
import { allDeadlines, caseBoard } from '../cases/case-board';
import { caseViewOf } from '../cases/case-facts';
import { removeCaseRecord, saveCaseRecord, updateStep } from '../cases/case-writes';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { caseMethods } from '../methods/cases';
import { guarded } from './contracts';
import type { HandlerDeps } from './deps';

const bad = (path: string, message: string) => new ApiFailure('bad_input', message, [{ path, message }]);

/** LTV caps are shares of the appraised value; years and days are whole numbers. */
function checkPolicyValue(key: string, value: number): void {
  if ((key === 'defaultLtvCap' || key.startsWith('ltvCapByBank.')) && value > 1) throw bad('value', `${key}：抵押率上限应为 0 到 1 之间的比例（如 0.7 表示 70%）`);
  if ((key === 'registrationSuggestedYears' || key === 'reminderDays') && !Number.isInteger(value)) throw bad('value', `${key} 应为整数`);
}

export function caseHandlers({ project }: HandlerDeps): GroupHandlers<typeof caseMethods, CallContext> {
  const db = project.db;
  return {
    'cases.board': ({ asOf = project.today(), ...filter }) => guarded(() => caseBoard(project, filter, asOf)),
    'cases.get': ({ contractId, asOf = project.today() }) => guarded(() => caseViewOf(project, contractId, asOf)),
    'cases.steps.update': ({ contractId, key, patch }, ctx) => guarded(() => updateStep(project, contractId, key, patch, project.today(), ctx.actor)),
    'cases.consents.save': ({ contractId, consent }, ctx) => guarded(() => saveCaseRecord(project, contractId, 'consent', consent, project.today(), ctx.actor)),
    'cases.mortgages.save': ({ contractId, mortgage }, ctx) => guarded(() => saveCaseRecord(project, contractId, 'mortgage', mortgage, project.today(), ctx.actor)),
    'cases.insurances.save': ({ contractId, insurance }, ctx) => guarded(() => saveCaseRecord(project, contractId, 'insurance', insurance, project.today(), ctx.actor)),
    'cases.trusteeships.save': ({ contractId, trusteeship }, ctx) =>
      guarded(() => saveCaseRecord(project, contractId, 'trusteeship', trusteeship, project.today(), ctx.actor)),
    'cases.records.remove': ({ contractId, kind, id }, ctx) => guarded(() => removeCaseRecord(project, contractId, kind, id, project.today(), ctx.actor)),
    'cases.deadlines': ({ town, withinDays, asOf = project.today() }) => guarded(() => allDeadlines(project, town, withinDays, asOf)),

    'cases.priceLists.get': ({ asOf = project.today() }) => priceListsAt(db, asOf),
    'cases.priceLists.put': ({ priceList }, ctx) => savePriceList(project, priceList, ctx.actor),
    'cases.policy.get': ({ asOf = project.today() }) => casePolicyAt(db, asOf),
    'cases.policy.put': ({ key, value, effectiveFrom, source }, ctx) => {
      checkPolicyValue(key, value);
      putContractSetting(project, { key: casePolicyKey(key), value, effectiveFrom, source }, ctx.actor);
      return casePolicyAt(db, effectiveFrom);
    },
  };
}
