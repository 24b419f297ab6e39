import { putContractSetting } from '../../store/contracts/contract-settings';
import { casePolicyAt, casePolicyKey } from '../../store/cases/case-policy-repo';
import { priceListsAt, savePriceList } from '../../store/cases/price-lists-repo';
import { allDeadlines, caseBoard } from '../cases/case-board';
import { caseViewOf } from '../cases/case-facts';
import { removeCaseRecord, saveCaseRecord, updateStep } from '../cases/case-writes';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { caseMethods } from '../methods/cases';
import { checkSettingValue, guarded } from './contracts';
import type { HandlerDeps } from './deps';

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
      checkSettingValue(casePolicyKey(key), value);
      putContractSetting(project, { key: casePolicyKey(key), value, effectiveFrom, source }, ctx.actor);
      return casePolicyAt(db, effectiveFrom);
    },
  };
}
