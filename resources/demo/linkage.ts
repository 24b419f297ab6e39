/**
 * The demo's worked linkage project (增减挂钩, issue 6). SYNTHETIC like the rest of the demo: 王桥村 and
 * 史楼村 are consolidated into one new community (合村并居) on unfarmed land between them; every
 * document number, buyer and date is invented. Event areas are whole 0.01 亩 as county documents
 * state them, derived from the measured parcel areas so the ledger keeps its invariants.
 */
import type { AreaGeometry } from '../../src/domain/geometry';
import type { QuotaEvent } from '../../src/domain/linkage/quota-ledger/quota-event';
import type { ScenarioInput } from '../../src/domain/linkage/relocation/scenario';
import { m2ToMu, muToM2 } from '../../src/domain/units';

export const DEMO_LINKAGE_PROJECT = {
  code: 'ZJGG-371722-2024-01',
  name: '王桥村、史楼村合村并居项目',
  countyCode: '371722',
  townships: ['谢集镇'],
  approvalDoc: '菏自然资字〔2024〕21号（虚构）',
  startDate: '2024-03-01',
  deadline: '2027-02-28',
  status: 'implementing' as const,
  villageNames: ['王桥村', '史楼村'],
  resolution: (villageName: string) => ({ docNo: `${villageName}村民会议决议〔2024〕1号（虚构）`, date: '2024-05-10' }),
  demolitionScheduledOn: '2024-09-01',
  /** The 项目区 drawn around each village's homesteads and the new community, this far outside them (m). */
  areaName: '王桥村、史楼村增减挂钩项目区',
  areaPadM: 30,
};

/**
 * The new community's site in EPSG:4527: a square on the unfarmed strip between the two villages
 * (王桥 fields end near E 39402925, 史楼 fields start near E 39404175), sized to `shareOfDemolition`
 * of the demolished homesteads and rounded to whole metres.
 */
export function communitySite(demolitionM2: number, shareOfDemolition = 0.55): AreaGeometry {
  const side = Math.round(Math.sqrt(demolitionM2 * shareOfDemolition));
  const [e, n] = [39403550 - side / 2, 3860150 - side / 2];
  return { type: 'Polygon', coordinates: [[[e, n], [e + side, n], [e + side, n + side], [e, n + side], [e, n]]] };
}

/** Floor areas (m²) by structure of the i-th surveyed household: mostly brick-concrete, some older wings. */
export function demoFloorAreas(i: number) {
  return { brickConcrete: 80 + (i % 5) * 12, brickWood: (i % 3) * 18, earthWood: i % 7 === 0 ? 30 : 0, simple: 8 + (i % 4) * 4 };
}

/** Consent: one household in 50 refused and one in 50 not yet signed, so each village stays at 96%. */
export function demoConsent(i: number) {
  if (i % 50 === 17) return { status: 'refused' as const, signedOn: '2024-06-20' };
  if (i % 50 === 33) return { status: 'pending' as const, signedOn: null };
  return { status: 'agreed' as const, signedOn: '2024-06-15' };
}

const floorMu = (m2: number) => Math.floor(m2ToMu(m2) * 100) / 100;
const ceilMu = (m2: number) => Math.ceil(m2ToMu(m2) * 100) / 100;

/** Issue, use, acceptance, return, surplus and one county trade, from the measured areas. */
export function demoQuotaEvents(areas: { demolitionM2: number; constructionM2: number }): QuotaEvent[] {
  const issuedMu = ceilMu(areas.constructionM2);
  // Lanes and yards between plots are reclaimed too; acceptance found 92% of the footprint fit for cultivation.
  const acceptedMu = floorMu(areas.demolitionM2 * 0.92);
  const surplusMu = Math.floor((acceptedMu - issuedMu) * 100) / 100;
  const tradedMu = Math.floor(surplusMu * 60) / 100;
  const price = 250000;
  const amount = tradedMu * price;
  return [
    { id: 'ZJ2024-01', kind: 'issueRevolving', date: '2024-04-15', note: '', areaM2: muToM2(issuedMu), docNo: '鲁自然资字〔2024〕88号（虚构）' },
    { id: 'ZJ2024-02', kind: 'useForConstruction', date: '2024-06-01', note: '新社区安置区', areaM2: muToM2(issuedMu), parcelRefs: ['JX-01'] },
    {
      id: 'ZJ2025-01', kind: 'reclamationAccepted', date: '2025-10-20', note: '', areaM2: muToM2(acceptedMu), cultivatedM2: muToM2(acceptedMu),
      gradeBefore: 7, gradeAfter: 6, acceptDocNo: '菏自然资验字〔2025〕15号（虚构）', authority: '菏泽市自然资源和规划局',
    },
    { id: 'ZJ2025-02', kind: 'returnRevolving', date: '2025-11-10', note: '以验收耕地归还', areaM2: muToM2(issuedMu) },
    { id: 'ZJ2025-03', kind: 'confirmSurplus', date: '2025-12-01', note: '节余指标确认', areaM2: muToM2(surplusMu) },
    {
      id: 'ZJ2026-01', kind: 'tradeSurplus', date: '2026-01-15', note: '', areaM2: muToM2(tradedMu), buyer: '单县经济开发区管理委员会（虚构）',
      scope: 'county', priceYuanPerMu: price, paymentStatus: 'partial', paidYuan: Math.round(amount * 50) / 100,
    },
  ];
}

/** Unified apartments (chosen, elderly households of 70+ in turnaround units) against self-built courtyards. */
export const DEMO_SCENARIOS: { scenario: ScenarioInput; chosen: boolean }[] = [
  {
    chosen: true,
    scenario: {
      id: 'apartments', name: '统一建设安置楼房', housingType: 'apartment', constructionMode: 'unified',
      allotment: { basis: 'per_capita', floorM2PerPerson: null }, homesteadTier: 'plain', elderlyUnitFloorM2: 60,
      villageShareOfGains: 0.6, optionRules: [{ kind: 'all_members_aged', minAge: 70, housing: 'elderly' }], tradingScope: 'county',
    },
  },
  {
    chosen: false,
    scenario: {
      id: 'courtyards', name: '规划自建平房院落', housingType: 'courtyard', constructionMode: 'self_build',
      allotment: { basis: 'per_household', floorM2PerHousehold: 120 }, homesteadTier: 'suburb', homesteadM2: 166, elderlyUnitFloorM2: 60,
      villageShareOfGains: 0.6, tradingScope: 'county',
    },
  },
];
