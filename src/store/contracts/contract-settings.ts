import type Database from 'better-sqlite3';
import type { ContractDraft } from '../../domain/contract/contract-draft';
import { ContractPolicySchema, type ContractPolicy } from '../../domain/contract/contract-facts';
import type { Project } from '../project';
import { putSetting, settingAt, settingOr, type SettingRow } from '../settings-repo';

/**
 * The contract policy values are dated settings with a source (design: policy numbers are never constants).
 * Each ContractPolicy value is its own key `contract.policy.<name>`, so each has its own date and source.
 */

const DEFAULT_FROM = '1970-01-01';
const DEFAULT_SOURCE = 'LandLink 默认，县农业农村局可改';
const NO_SHANDONG_THRESHOLD =
  'LandLink 默认：未查到山东省或菏泽市的分级审查/风险保障金面积标准（domain.md H.3），县农业农村局应按本地细则修改';

export const NUMBER_PATTERN_KEY = 'contract.numberPattern';
export const DEFAULT_RENT_KEY = 'contract.defaultRentYuanPerMu';
export const DEFAULT_PENALTIES_KEY = 'contract.defaultPenalties';
export const POLICY_KEYS = ['socialCapitalKinds', 'socialCapitalCountyTierMu', 'riskFundThresholdMu', 'registrationSuggestYears', 'areaToleranceMu'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
export const policySettingKey = (name: PolicyKey) => `contract.policy.${name}`;
/** LT-03: the date the 30-year second-round extension runs to, stored only once a village has signed it. */
export const extensionKey = (villageCode: string) => `contract.extendedEnd.${villageCode}`;

const POLICY_DEFAULTS: { [K in PolicyKey]: { value: ContractPolicy[K]['value']; source: string } } = {
  socialCapitalKinds: {
    value: ['company', 'other'],
    source:
      'LandLink 默认：《农村土地经营权流转管理办法》第二十九条所称工商企业等社会资本，按公司及其他组织掌握；农民专业合作社、家庭农场和农户作为新型农业经营主体不列入。县农业农村局另有规定的请修改',
  },
  socialCapitalCountyTierMu: { value: 100, source: NO_SHANDONG_THRESHOLD },
  riskFundThresholdMu: { value: 100, source: NO_SHANDONG_THRESHOLD },
  registrationSuggestYears: { value: 5, source: 'LandLink 默认：《农村土地承包法》第四十一条，流转期限五年以上可申请登记' },
  areaToleranceMu: { value: 0.01, source: 'LandLink 默认：亩保留两位小数，每块允许 ±0.01 亩（domain.md B.3 LT-20）' },
};

const fallback = <T>(key: string, value: T, source: string): SettingRow<T> => ({ key, value, effectiveFrom: DEFAULT_FROM, source });

export function numberPatternAt(db: Database.Database, date: string): SettingRow<string> {
  return settingOr(db, NUMBER_PATTERN_KEY, date, fallback(NUMBER_PATTERN_KEY, '{county}{year}{town}{serial:4}', DEFAULT_SOURCE));
}

/** Default cash rent offered in a new draft; the Jiaxiang county model (domain.md B.4) sets 900 元/亩·年. */
export function defaultRentAt(db: Database.Database, date: string): SettingRow<number> {
  return settingOr(
    db,
    DEFAULT_RENT_KEY,
    date,
    fallback(DEFAULT_RENT_KEY, 900, 'LandLink 默认：参照嘉祥县卧龙山镇流转合同范本 900 元/亩·年（domain.md B.4），县可改'),
  );
}

/** Penalty rates and deadlines a new draft starts from (model text 十一); the parties may change them. */
export function defaultPenaltiesAt(db: Database.Database, date: string): SettingRow<ContractDraft['penalties']> {
  return settingOr(
    db,
    DEFAULT_PENALTIES_KEY,
    date,
    fallback(
      DEFAULT_PENALTIES_KEY,
      { lateDeliveryPer10k: 5, lateDeliveryTerminateDays: 30, lateRentPer10k: 5, lateRentTerminateDays: 60, lateReturnPer10k: 5 },
      'LandLink 默认：本地合同范本常用日万分之五（domain.md A.3 第十一条），县农业农村局可改',
    ),
  );
}

export function contractPolicyAt(db: Database.Database, date: string): ContractPolicy {
  const entry = (name: PolicyKey) => {
    const d = POLICY_DEFAULTS[name];
    const row = settingOr(db, policySettingKey(name), date, fallback(policySettingKey(name), d.value, d.source));
    return { value: row.value, effectiveFrom: row.effectiveFrom, source: row.source };
  };
  return ContractPolicySchema.parse(Object.fromEntries(POLICY_KEYS.map((k) => [k, entry(k)])));
}

/** The signed extension end of a village in force on `date`, or null when the village has not extended. */
export function extendedEndAt(db: Database.Database, villageCode: string, date: string): string | null {
  return settingAt<string | null>(db, extensionKey(villageCode), date)?.value ?? null;
}

/** Records a dated contract setting in one audited write, keeping the value it replaces in the audit row. */
export function putContractSetting(project: Project, row: SettingRow<unknown>, actor: string): SettingRow<unknown> {
  return project.write(actor, ({ db, audit }) => {
    const before = settingAt(db, row.key, row.effectiveFrom);
    putSetting(db, row);
    audit({ action: 'setting', entity: 'setting', entityId: row.key, before, after: row });
    return row;
  });
}
