import { describe, expect, it } from 'vitest';
import { runLinkageRules } from '../../../src/domain/linkage/rules';
import type { QuotaEvent } from '../../../src/domain/linkage/quota-ledger';
import { buildLinkageFacts } from '../../../src/store/linkage/linkage-facts-builder';
import { addLinkageHouseholds, listLinkageHouseholds, setHouseholdConsent } from '../../../src/store/linkage/linkage-households-repo';
import { linkageParameterTable, linkagePolicy, putLinkageParameter } from '../../../src/store/linkage/linkage-parameters-repo';
import { cultivatedOverlay } from '../../../src/store/linkage/linkage-overlays';
import { addConstructionParcel, addDemolitionFromHomesteads } from '../../../src/store/linkage/linkage-parcels-repo';
import { listScenarios, saveScenario } from '../../../src/store/linkage/linkage-scenarios-repo';
import { ledgerEvents, recordQuotaEvent } from '../../../src/store/linkage/quota-ledger-repo';
import { linkageFixture, lonLatRect, X0, Y0 } from './linkage-fixture';

const policy = { tradeScopes: [{ value: ['county' as const], effectiveFrom: '2008-06-27', source: 'test' }] };
const issue: QuotaEvent = { id: 'e1', kind: 'issueRevolving', date: '2025-02-01', note: '', areaM2: 1000, docNo: '单自然资发〔2025〕3号' };
const use = (id: string, date: string, areaM2: number): QuotaEvent => ({ id, kind: 'useForConstruction', date, note: '', areaM2, parcelRefs: ['JX-01'] });

const household = (code: string, status: 'agreed' | 'refused' | 'pending', householdId: number | null = null) => ({
  code,
  headName: '王建国',
  villageName: '王桥村',
  householdId,
  members: [{ name: '王建国', relation: '户主', birthDate: '1965-03-12', idNumber: null }],
  homesteadM2: 300,
  floorAreaM2: { brickConcrete: 120, brickWood: 0, earthWood: 0, simple: 10 },
  consent: { status, signedOn: status === 'pending' ? null : '2025-03-10' },
});

const scenario = (id: string) => ({
  id,
  name: id === 'a' ? '统建楼房' : '自建院落',
  housingType: id === 'a' ? ('apartment' as const) : ('courtyard' as const),
  constructionMode: id === 'a' ? ('unified' as const) : ('self_build' as const),
  allotment: { basis: 'per_capita' as const, floorM2PerPerson: null },
  homesteadTier: 'plain' as const,
  homesteadM2: null,
  elderlyUnitFloorM2: 60,
  plotRatio: {},
  villageShareOfGains: 0.5,
  optionRules: [],
  tradingScope: 'county' as const,
});

describe('the linkage quota ledger, households, scenarios and parameters in the project file', () => {
  it('appends events through the ledger invariants and refuses one that uses more than was issued, writing nothing', () => {
    const { project, linkage } = linkageFixture();
    recordQuotaEvent(project, linkage.id, issue, policy, 't');
    recordQuotaEvent(project, linkage.id, use('e2', '2025-05-01', 600), policy, 't');
    const audits = (project.db.prepare(`SELECT count(*) AS n FROM audit_log`).get() as { n: number }).n;
    expect(() => recordQuotaEvent(project, linkage.id, use('e3', '2025-06-01', 500), policy, 't')).toThrow(/usedWithinIssued/);
    expect(ledgerEvents(project.db, linkage.id).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect((project.db.prepare(`SELECT count(*) AS n FROM audit_log`).get() as { n: number }).n).toBe(audits);
  });

  it('puts a back-dated event in date order', () => {
    const { project, linkage } = linkageFixture();
    recordQuotaEvent(project, linkage.id, issue, policy, 't');
    recordQuotaEvent(project, linkage.id, use('e2', '2025-05-01', 600), policy, 't');
    recordQuotaEvent(project, linkage.id, use('e3', '2025-03-01', 100), policy, 't');
    expect(ledgerEvents(project.db, linkage.id).map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
  });

  it('keeps households with their consent and refuses a signed consent without a date', () => {
    const { project, linkage } = linkageFixture();
    const [h] = addLinkageHouseholds(project, linkage.id, [household('H1', 'pending')], 't');
    expect(() => setHouseholdConsent(project, h!.id, { status: 'agreed', signedOn: null }, 't')).toThrow(/签字日期/);
    setHouseholdConsent(project, h!.id, { status: 'agreed', signedOn: '2025-04-01' }, 't');
    expect(listLinkageHouseholds(project, linkage.id)[0]!.consent).toEqual({ status: 'agreed', signedOn: '2025-04-01' });
    expect(() => addLinkageHouseholds(project, linkage.id, [household('H1', 'pending')], 't')).toThrow(/已登记/);
  });

  it('keeps one chosen scenario per project', () => {
    const { project, linkage } = linkageFixture();
    saveScenario(project, linkage.id, scenario('a'), true, 't');
    saveScenario(project, linkage.id, scenario('b'), true, 't');
    expect(listScenarios(project, linkage.id).map((s) => [s.scenario.id, s.chosen])).toEqual([['a', false], ['b', true]]);
  });

  it('adds a county price to the default table and refuses a negative one', () => {
    const { project } = linkageFixture();
    putLinkageParameter(project, { key: 'quotaPriceYuanPerMu.county', value: 260000, effectiveFrom: '2025-01-01', source: '单县人民政府文件' }, 't');
    const prices = linkageParameterTable(project.db).parameters.quotaPriceYuanPerMu.county;
    expect(prices.map((p) => [p.value, p.effectiveFrom])).toEqual([[250000, '2000-01-01'], [260000, '2025-01-01']]);
    expect(() => putLinkageParameter(project, { key: 'quotaPriceYuanPerMu.county', value: -1, effectiveFrom: '2025-02-01', source: 'x' }, 't')).toThrow(/无效/);
    putLinkageParameter(project, { key: 'policy.revolvingAlerts.errorMonths', value: 24, effectiveFrom: '2024-01-01', source: '省厅通知' }, 't');
    expect(linkagePolicy(project.db, '2025-01-01').revolvingAlerts.errorMonths.at(-1)).toMatchObject({ value: 24, source: '省厅通知' });
  });

  it('builds facts on which the rules find a construction parcel on basic farmland and missing consent', () => {
    const { project, linkage, homesteadIds, householdId } = linkageFixture();
    addDemolitionFromHomesteads(project, linkage.id, homesteadIds, { targetClass: '0103', scheduledOn: '2025-06-01' }, 't');
    addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, lonLatRect(X0 + 20, Y0 + 50, 10, 10), cultivatedOverlay(project), 't');
    addLinkageHouseholds(project, linkage.id, [household('H1', 'refused', householdId)], 't');
    const facts = buildLinkageFacts(project, linkage.id, '2025-07-01');
    expect(facts.constructionParcels[0]!.basicFarmlandOverlapM2).toBeGreaterThan(99);
    const ids = new Set(runLinkageRules(facts).map((f) => f.ruleId));
    expect(ids).toContain('ZJ-04');
    expect(ids).toContain('ZJ-09');
    expect(ids).not.toContain('ZJ-02');
  });
});
