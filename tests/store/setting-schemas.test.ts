import { describe, expect, it } from 'vitest';
import { AREA_LIMIT_KINDS, areaLimitKey } from '../../src/domain/area-limits';
import { SHANDONG_DEFAULTS } from '../../src/domain/linkage/parameters/shandong-defaults';
import { POLICY_KEYS, policySettingKey } from '../../src/store/contracts/contract-settings';
import { PARAMETER_PATHS, POLICY_NAMES } from '../../src/store/linkage/linkage-parameters-repo';
import { settingValueSchema } from '../../src/store/setting-schemas';
import { putSetting, SettingRejected, settingValueIssues } from '../../src/store/settings-repo';
import { Project } from '../../src/store/project';
import { tempFile } from './fixtures';

describe('the schema of every dated setting', () => {
  it('knows every key the contract, case, linkage, edit and check settings are written under', () => {
    const keys = [
      'contract.numberPattern',
      'contract.defaultRentYuanPerMu',
      'contract.defaultPenalties',
      'contract.extendedEnd.371722104001',
      ...POLICY_KEYS.map(policySettingKey),
      'case.policy.defaultLtvCap',
      'case.policy.ltvCapByBank.单县农商行',
      'case.policy.registrationSuggestedYears',
      'case.policy.reminderDays',
      'case.priceList.谢集供销社',
      ...PARAMETER_PATHS.map((p) => `linkage.param.${p}`),
      ...POLICY_NAMES.map((p) => `linkage.policy.${p}`),
      'edit.attributePolicy',
      'edit.snapToleranceM',
      'check.tolerances',
      ...AREA_LIMIT_KINDS.map(areaLimitKey),
    ];
    expect(keys.filter((k) => settingValueSchema(k) === null)).toEqual([]);
  });

  it('accepts the shipped linkage defaults and refuses values their readers could not use', () => {
    expect(settingValueIssues('linkage.param.homesteadCapM2.plain', SHANDONG_DEFAULTS.parameters.homesteadCapM2.plain[0]!.value)).toEqual([]);
    expect(settingValueIssues('contract.policy.registrationSuggestYears', 2.5)).not.toEqual([]);
    expect(settingValueIssues('case.policy.defaultLtvCap', 70)).not.toEqual([]);
    expect(settingValueIssues('contract.extendedEnd.371722104001', '2057-02-30')).not.toEqual([]);
    expect(settingValueIssues('contract.numberPattern', '{county}{year}')).not.toEqual([]);
    expect(settingValueIssues('no.such.setting', 1)).toEqual([{ path: '', message: 'unknown setting no.such.setting' }]);
  });

  it('are enforced where a setting is written, so a bad value never reaches the file', () => {
    const project = Project.create(tempFile(), { name: 't', srsId: 4527, synthetic: false }, 'tester');
    const put = (key: string, value: unknown) =>
      project.write('tester', ({ db, audit }) => {
        putSetting(db, { key, value, effectiveFrom: '2026-01-01', source: 'test' });
        audit({ action: 'setting', entity: 'setting', entityId: key });
      });
    expect(() => put('edit.snapToleranceM', -1)).toThrow(SettingRejected);
    expect(() => put('check.tolerances', { overlapM2: 'big' })).toThrow(SettingRejected);
    put('edit.snapToleranceM', 0.02);
    expect((project.db.prepare(`SELECT count(*) AS n FROM settings`).get() as { n: number }).n).toBe(1);
    project.close();
  });
});
