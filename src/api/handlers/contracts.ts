import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { isValidUscc } from '../../domain/contract/uscc';
import { isValidCitizenId } from '../../domain/identity';
import { writeXlsx } from '../../io/table/xlsx-writer';
import { ContractError } from '../../store/contracts/contract-error';
import {
  contractPolicyAt,
  defaultRentAt,
  DEFAULT_RENT_KEY,
  extendedEndAt,
  extensionKey,
  NUMBER_PATTERN_KEY,
  numberPatternAt,
  policySettingKey,
  putContractSetting,
} from '../../store/contracts/contract-settings';
import { contractSummaries, summarize } from '../../store/contracts/contract-summary';
import { createDrafts, deleteDraft, requireContract, setContractStatus, updateDraft } from '../../store/contracts/contracts-repo';
import { refuseDeletingCorrected } from '../../store/contracts/corrections-repo';
import { previewNumber } from '../../store/contracts/number-preview';
import { householdsOfParcels, searchHouseholds } from '../../store/contracts/households-repo';
import { settingValueIssues } from '../../store/settings-repo';
import { createParty, listParties, type NewParty } from '../../store/contracts/parties-repo';
import { recordPayment } from '../../store/contracts/payments-repo';
import type { GroupHandlers } from '../contract';
import { buildContractView, checkDraft } from '../contracts/contract-view-builder';
import { draftDefaults } from '../contracts/draft-defaults';
import { followLineage } from '../contracts/follow-lineage';
import { resolveContract } from '../contracts/resolve-contract';
import { ledgerRows, ledgerSheet } from '../contracts/ledger';
import { numberContract, numberPlan } from '../contracts/number-contract';
import { correctContract, historyOf, type Correction } from '../contracts/correct-contract';
import { dueItems, expiringContracts, overdueItems } from '../contracts/rent-due';
import { splitPerHousehold } from '../contracts/split-draft';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { contractMethods } from '../methods/contracts';
import type { HandlerDeps } from './deps';

const bad = (path: string, message: string) => new ApiFailure('bad_input', message, [{ path, message }]);

const translate = (err: unknown): never => {
  if (err instanceof ContractError) throw new ApiFailure(err.code, err.message, err.issues);
  throw err;
};

/**
 * Store refusals keep their code and field; everything else passes through. A synchronous run stays
 * synchronous, so its writes commit only once the call's answer is checked (dispatch).
 */
export function guarded<T>(run: () => T): T {
  try {
    const result = run();
    return (result instanceof Promise ? result.catch(translate) : result) as T;
  } catch (err) {
    return translate(err);
  }
}

const ORGANISATIONS = new Set(['cooperative', 'company', 'collective']);
const PERSONS = new Set(['individual', 'household']);

/** 乙方 identity: organisations need a USCC (GB 32100), persons a citizen ID (GB 11643), the rest one of them. */
function checkPartyIds(p: NewParty): void {
  if (p.uscc && !isValidUscc(p.uscc)) throw bad('uscc', `统一社会信用代码 ${p.uscc} 无效（GB 32100 格式或校验位不符）`);
  if (p.idNumber && !isValidCitizenId(p.idNumber)) throw bad('idNumber', `身份证号 ${p.idNumber} 无效（GB 11643 出生日期或校验位不符）`);
  if (ORGANISATIONS.has(p.kind) && !p.uscc) throw bad('uscc', `${p.name}：组织须填写统一社会信用代码`);
  if (PERSONS.has(p.kind) && !p.idNumber) throw bad('idNumber', `${p.name}：自然人须填写身份证号`);
  if (!p.uscc && !p.idNumber) throw bad('uscc', `${p.name}：须填写统一社会信用代码或身份证号`);
}

/** A setting value is checked against its key's schema (the one its readers use) before it is stored. */
export function checkSettingValue(storeKey: string, value: unknown): void {
  const issues = settingValueIssues(storeKey, value);
  if (issues.length > 0) throw bad('value', `${storeKey} 的取值 ${JSON.stringify(value)} 不符合要求：${issues.map((i) => (i.path ? `${i.path}：${i.message}` : i.message)).join('；')}`);
}

export function contractHandlers({ project }: HandlerDeps): GroupHandlers<typeof contractMethods, CallContext> {
  const db = project.db;
  // References are resolved before a write, so an unknown household, party or parcel is named, not a foreign-key error.
  const saved = (id: number) => ({ id, findings: buildContractView(project, requireContract(project, id)).findings });
  const corrected = (id: number, correction: Correction, reason: string, on: string | undefined, actor: string) =>
    guarded(() => {
      const today = project.today();
      const recorded = correctContract(project, id, correction, { on: on ?? today, reason, actor, today });
      return { contract: summarize(project, requireContract(project, id), today), correction: recorded };
    });

  return {
    'parties.list': ({ kind }) => listParties(project, kind),
    'parties.create': (party, ctx) => {
      checkPartyIds(party);
      return createParty(project, party, ctx.actor);
    },
    'households.search': ({ query, limit }) => searchHouseholds(project, query, limit),
    'households.ofParcels': ({ parcelIds }) => householdsOfParcels(project, parcelIds),

    'contracts.settings': ({ asOf = project.today() }) => ({
      numberPattern: numberPatternAt(db, asOf),
      defaultRentYuanPerMu: defaultRentAt(db, asOf),
      policy: contractPolicyAt(db, asOf),
      villages: (db.prepare(`SELECT code, name, second_round_end AS secondRoundEnd FROM villages ORDER BY code`).all() as { code: string; name: string; secondRoundEnd: string }[]).map(
        (v) => ({ ...v, extendedEnd: extendedEndAt(db, v.code, asOf) }),
      ),
    }),
    'contracts.putSetting': ({ key, villageCode, value, effectiveFrom, source }, ctx) => {
      let storeKey: string;
      if (key === 'extendedEnd') {
        if (!villageCode) throw bad('villageCode', '延包截止日期须指明村（villageCode）');
        if (!db.prepare(`SELECT 1 FROM villages WHERE code = ?`).get(villageCode)) throw new ApiFailure('not_found', `村 ${villageCode} 不存在`, [{ path: 'villageCode', message: 'unknown village' }]);
        storeKey = extensionKey(villageCode);
      } else storeKey = key === 'numberPattern' ? NUMBER_PATTERN_KEY : key === 'defaultRentYuanPerMu' ? DEFAULT_RENT_KEY : policySettingKey(key);
      checkSettingValue(storeKey, value);
      return putContractSetting(project, { key: storeKey, value, effectiveFrom, source }, ctx.actor);
    },

    'contracts.defaults': ({ parcelIds, transfereePartyId }) => guarded(() => draftDefaults(project, parcelIds, transfereePartyId ?? null, project.today())),
    'contracts.createDraft': ({ draft }, ctx) =>
      guarded(() => {
        resolveContract(project, draft, project.today(), null, 'input');
        return saved(createDrafts(project, [draft], ctx.actor)[0]!);
      }),
    'contracts.createPerHousehold': ({ draft }, ctx) =>
      guarded(() => {
        const drafts = splitPerHousehold(project, draft);
        drafts.forEach((d) => resolveContract(project, d, project.today(), null, 'input'));
        return { drafts: createDrafts(project, drafts, ctx.actor).map(saved) };
      }),
    'contracts.updateDraft': ({ id, draft }, ctx) =>
      guarded(() => {
        resolveContract(project, draft, project.today(), id, 'input');
        updateDraft(project, id, draft, ctx.actor);
        return saved(id);
      }),
    'contracts.followLineage': ({ id }, ctx) => guarded(() => (followLineage(project, id, ctx.actor), saved(id))),
    'contracts.deleteDraft': ({ id }, ctx) =>
      guarded(() => {
        refuseDeletingCorrected(db, id);
        deleteDraft(project, id, ctx.actor);
        return { id };
      }),
    'contracts.check': ({ draft, asOf, id }) =>
      guarded(() => {
        if (id !== undefined) requireContract(project, id);
        return { findings: checkDraft(project, draft, asOf, id ?? null) };
      }),
    'contracts.get': ({ id }) => guarded(() => buildContractView(project, requireContract(project, id))),
    'contracts.list': (filter) => contractSummaries(project, project.today(), filter),
    'contracts.number': ({ id, on = project.today() }, ctx) => guarded(() => summarize(project, numberContract(project, id, on, ctx.actor), project.today())),
    'contracts.setStatus': ({ id, status, date, reason }, ctx) =>
      guarded(() => summarize(project, setContractStatus(project, id, status, date, reason ?? null, ctx.actor), project.today())),
    'contracts.numberPreview': ({ id, on = project.today() }) => guarded(() => ({ number: previewNumber(project, id, numberPlan(project, on)), on })),
    'contracts.revokeNumber': ({ id, number, reason, on }, ctx) => corrected(id, { kind: 'revoke_number', number }, reason, on, ctx.actor),
    'contracts.correctStatus': ({ id, from, reason, on }, ctx) => corrected(id, { kind: 'status', from }, reason, on, ctx.actor),
    'contracts.correctDate': ({ id, event, date, reason, on }, ctx) => corrected(id, { kind: 'date', event, date }, reason, on, ctx.actor),
    'contracts.history': ({ id }) => guarded(() => historyOf(project, id)),
    'contracts.expiring': ({ months, asOf }) => expiringContracts(project, asOf, months).map((c) => summarize(project, c, asOf)),

    'ledger.list': ({ townCode }) => ledgerRows(project, project.today(), townCode),
    'ledger.export': ({ out, overwrite, townCode }) =>
      guarded(async () => {
        const file = extname(out).toLowerCase() === '.xlsx' ? out : `${out}.xlsx`;
        if (!overwrite && existsSync(file)) throw new ApiFailure('conflict', `${file} already exists`, [{ path: 'out', message: 'file exists; set overwrite' }]);
        const rows = ledgerRows(project, project.today(), townCode);
        const bytes = await writeXlsx([ledgerSheet(rows)]);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        return { file, rows: rows.length };
      }),

    'payments.record': (payment, ctx) =>
      guarded(() => {
        const contract = requireContract(project, payment.contractId);
        if (contract.status === 'draft' || contract.status === 'terminated') {
          throw new ContractError('refused', `合同 ${contract.number ?? contract.id} 状态为 ${contract.status}，不能登记租金`, 'contractId');
        }
        if (!contract.draft.transferorHouseholdIds.includes(payment.householdId)) {
          throw new ContractError('bad_input', `承包户 ${payment.householdId} 不是合同 ${contract.number} 的甲方`, 'householdId');
        }
        return recordPayment(project, payment, ctx.actor);
      }),
    'payments.due': ({ contractId, asOf = project.today() }) => guarded(() => dueItems(project, asOf, contractId)),
    'payments.overdue': ({ asOf }) => guarded(() => overdueItems(project, asOf)),
  };
}
