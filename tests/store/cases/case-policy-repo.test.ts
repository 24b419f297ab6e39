import { describe, expect, it } from 'vitest';
import { casePolicyAt, casePolicyKey } from '../../../src/store/cases/case-policy-repo';
import { priceListOn, priceListsAt, putPriceList } from '../../../src/store/cases/price-lists-repo';
import { policySettingKey, putContractSetting } from '../../../src/store/contracts/contract-settings';
import { caseProject } from './case-fixture';

describe('the case policy and price lists', () => {
  it('falls back to defaults whose source says they are LandLink defaults, with the LTV cap at 70%', () => {
    const { project } = caseProject();
    const policy = casePolicyAt(project.db, '2025-06-01');
    expect(policy.defaultLtvCap).toMatchObject({ value: 0.7, source: expect.stringMatching(/^LandLink 默认.*D\.1/) });
    expect(policy.reminderDays.source).toMatch(/^LandLink 默认/);
    expect(policy.ltvCapByBank).toEqual({});
    project.close();
  });

  it('takes the registration suggestion from the contract policy until the case policy has its own', () => {
    const { project } = caseProject();
    putContractSetting(project, { key: policySettingKey('registrationSuggestYears'), value: 3, effectiveFrom: '2025-01-01', source: '县农业农村局 2025 年通知' }, 'tester');
    expect(casePolicyAt(project.db, '2025-06-01').registrationSuggestedYears).toEqual({ value: 3, effectiveFrom: '2025-01-01', source: '县农业农村局 2025 年通知' });
    putContractSetting(project, { key: casePolicyKey('registrationSuggestedYears'), value: 8, effectiveFrom: '2025-03-01', source: '案件规则' }, 'tester');
    expect(casePolicyAt(project.db, '2025-06-01').registrationSuggestedYears.value).toBe(8);
    expect(casePolicyAt(project.db, '2025-02-01').registrationSuggestedYears.value).toBe(3);
    project.close();
  });

  it('lists each bank’s cap in force on the date, and none before it takes effect', () => {
    const { project } = caseProject();
    const put = (key: string, value: number, effectiveFrom: string) => putContractSetting(project, { key: casePolicyKey(key), value, effectiveFrom, source: '银行信贷政策' }, 'tester');
    put('ltvCapByBank.单县农商行', 0.6, '2025-01-01');
    put('ltvCapByBank.单县农商行', 0.5, '2026-01-01');
    put('ltvCapByBank.农行单县支行', 0.65, '2025-07-01');
    expect(casePolicyAt(project.db, '2025-06-01').ltvCapByBank).toEqual({ 单县农商行: { value: 0.6, effectiveFrom: '2025-01-01', source: '银行信贷政策' } });
    const later = casePolicyAt(project.db, '2026-02-01').ltvCapByBank;
    expect(Object.fromEntries(Object.entries(later).map(([bank, e]) => [bank, e.value]))).toEqual({ 单县农商行: 0.5, 农行单县支行: 0.65 });
    project.close();
  });

  it('keeps price lists per co-op and date, each with its own source', () => {
    const { project } = caseProject();
    const list = { coop: '单县供销社', operations: { plough: 55, sow: 30 }, fullPackageYuanPerMu: null, effectiveFrom: '2025-01-01', source: '示例价目表' };
    project.write('tester', ({ db, audit }) => {
      putPriceList(db, list);
      putPriceList(db, { ...list, operations: { plough: 60, sow: 30 }, effectiveFrom: '2026-01-01', source: '2026 价目表' });
      putPriceList(db, { ...list, coop: '谢集供销社', operations: { harvest: 70 } });
      audit({ action: 'setting', entity: 'case_price_list', entityId: null });
    });
    expect(priceListsAt(project.db, '2025-06-01')).toEqual([list, { ...list, coop: '谢集供销社', operations: { harvest: 70 } }].sort((a, b) => (a.coop < b.coop ? -1 : 1)));
    expect(priceListsAt(project.db, '2026-06-01').find((l) => l.coop === '单县供销社')).toMatchObject({ operations: { plough: 60 }, source: '2026 价目表' });
    expect(priceListsAt(project.db, '2024-12-31')).toEqual([]);
    expect(priceListOn(project.db, '单县供销社', '2025-06-01')).toBeNull();
    project.close();
  });
});
