import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi, type ApiService } from '../../src/api/service';
import { linkageFixture } from '../store/linkage/linkage-fixture';

const ctx = { actor: 'tester' };
const HUGE = 1e300;
const long = (n: number) => '字'.repeat(n);

/**
 * Numbers and texts no record can hold are refused at the schema with the field named, before anything
 * reaches SQL or a sum overflows: each case names the method, a payload and the path of the issue.
 */
describe('inputs beyond any real record', () => {
  let api: ApiService;
  let watcher: Database.Database;
  let projectId: number;
  let draft: Record<string, unknown>;
  const version = () => watcher.pragma('data_version', { simple: true }) as number;

  beforeAll(async () => {
    const fixture = linkageFixture();
    fixture.project.close();
    projectId = fixture.linkage.id;
    api = openApi(fixture.file, 'tester');
    watcher = new Database(fixture.file, { readonly: true });
    const proposal = await api.dispatch('contracts.defaults', { parcelIds: [1] }, ctx);
    if (!proposal.ok) throw new Error(proposal.error.message);
    draft = { ...(proposal.data as Record<string, unknown>), transfereePartyId: 1 };
  });
  afterAll(() => (watcher.close(), api.close()));

  const cases: [string, string, () => unknown, string][] = [
    ['a split piece of 1e-300 亩', 'parcels.splitByAreas', () => ({ id: 1, areasMu: [1e-300] }), 'areasMu.0'],
    ['a split into 100 pieces', 'parcels.splitByAreas', () => ({ id: 1, areasMu: Array(100).fill(0.01) }), 'areasMu'],
    ['a bearing of 1000°', 'parcels.splitByAreas', () => ({ id: 1, areasMu: [1], bearingDeg: 1000 }), 'bearingDeg'],
    ['a registered area of 1e308 m²', 'parcels.update', () => ({ id: 1, registeredAreaM2: 1e308 }), 'registeredAreaM2'],
    ['a quality grade of 11', 'parcels.update', () => ({ id: 1, qualityGrade: 11 }), 'qualityGrade'],
    ['a parcel name of 201 characters', 'parcels.update', () => ({ id: 1, name: long(201) }), 'name'],
    ['an id beyond 2^53', 'parcels.get', () => ({ id: 2 ** 60 }), 'id'],
    ['a fractional limit', 'edits.list', () => ({ limit: 1.5 }), 'limit'],
    ['a view limit of a billion', 'parcels.inView', () => ({ bbox: [116, 34, 117, 35], limit: 1e9 }), 'limit'],
    ['a rent of 1e300 元/亩', 'contracts.check', () => ({ draft: { ...draft, rent: { kind: 'cash', yuanPerMuYear: HUGE } } }), 'draft.rent.yuanPerMuYear'],
    ['supplementary terms of 20,001 characters', 'contracts.check', () => ({ draft: { ...draft, supplementary: long(20_001) } }), 'draft.supplementary'],
    ['a payment of 1e300 元', 'payments.record', () => ({ contractId: 1, householdId: 1, dueDate: '2026-01-01', amountYuan: HUGE, paidOn: '2026-01-01', method: 'cash', receiptNo: 'R1' }), 'amountYuan'],
    ['a setting of 1e300', 'contracts.putSetting', () => ({ key: 'defaultRentYuanPerMu', value: HUGE, effectiveFrom: '2026-01-01', source: '测试' }), 'value'],
    ['a case policy value of a billion', 'cases.policy.put', () => ({ key: 'reminderDays', value: 1e9, effectiveFrom: '2026-01-01', source: '测试' }), 'value'],
    ['a check tolerance of 1e300 m²', 'checks.run', () => ({ tolerances: { overlapM2: HUGE } }), 'tolerances.overlapM2'],
    ['an EPSG code of ten million', 'import.inspect', () => ({ source: { kind: 'path', path: '/nonexistent.shp' }, options: { srsId: 1e7 } }), 'options.srsId'],
    ['a search of 201 characters', 'households.search', () => ({ query: long(201) }), 'query'],
    ['a quota event of 1e300 m²', 'linkage.quota.record', () => ({ projectId, event: { id: 'e1', date: '2026-01-01', note: '', kind: 'issueRevolving', areaM2: HUGE, docNo: '鲁1号' } }), 'event.areaM2'],
    ['a parameter value of 1e300', 'linkage.parameters.put', () => ({ key: 'reclamationYuanPerMu', value: HUGE, effectiveFrom: '2026-01-01', source: '测试' }), 'value'],
    [
      'a homestead of 1e300 m²',
      'linkage.households.add',
      () => ({ projectId, households: [{ code: 'H1', headName: '王', villageName: '王桥村', members: [{ name: '王', relation: '户主', birthDate: '1960-01-01' }], homesteadM2: HUGE, floorAreaM2: {}, consent: { status: 'pending', signedOn: null } }] }),
      'households.0.homesteadM2',
    ],
    ['a demolition grade of 99', 'linkage.parcels.add', () => ({ projectId, kind: 'demolition', attrs: { code: 'CJ-1', villageCode: '371722104001', gradeAfter: 99 }, geometry: { type: 'Polygon', coordinates: [[[116, 35], [116.001, 35], [116.001, 35.001], [116, 35]]] } }), 'attrs.gradeAfter'],
    ['an area limit of 1e300 亩', 'areaLimits.put', () => ({ kind: 'contractedParcel', mu: HUGE, effectiveFrom: '2026-01-01', source: '测试' }), 'mu'],
  ];

  it.each(cases)('refuses %s, naming the field, and changes nothing', async (_what, method, input, path) => {
    const v0 = version();
    const res = await api.dispatch(method, input(), ctx);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('bad_input');
    expect(res.error.issues.map((i) => i.path)).toContain(path);
    expect(version()).toBe(v0);
  });

  it('still takes the largest figures a real record has', async () => {
    const res = await api.dispatch('parcels.update', { id: 1, registeredAreaM2: 1_000_000, qualityGrade: 10, name: long(200) }, ctx);
    expect(res).toMatchObject({ ok: true, data: { qualityGrade: 10, areas: { registeredM2: 1_000_000 } } });
  });
});
