import { ContractViewSchema, type ContractView } from '../../../../src/domain/contract/contract-view';
import { m2ToMu, muToM2 } from '../../../../src/domain/units';

/**
 * ContractView fixtures for the document tests, built by hand until the contracts store serves them: one
 * household with 3 parcels, and 12 households with 40 parcel rows, so the parcel table runs over pages.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A GB 11643 citizen ID for 单县 (371722) with a correct check character. */
export function citizenId(birth: string, seq: number): string {
  const body = `371722${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + CHECK[sum % 11]!;
}

const SURNAMES = ['王', '史', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐'];
const GIVEN = ['建国', '秀英', '德明', '桂兰', '志强', '玉梅', '长林', '凤英', '保山', '翠花', '振华', '淑珍'];

export const CASH_PER_MU = 900;

export function contractView(households: number, parcels: number, status: ContractView['status'] = 'numbered'): ContractView {
  const hh = Array.from({ length: households }, (_, i) => ({ id: 101 + i, name: SURNAMES[i % 12]! + GIVEN[i % 12]!, idNumber: citizenId(`19${60 + i}0${(i % 9) + 1}15`, 11 + i) }));
  const rows = Array.from({ length: parcels }, (_, i) => {
    const h = hh[i % households]!;
    return {
      seq: i + 1,
      parcelId: 5001 + i,
      householdId: h.id,
      villageGroup: `王桥村${(i % 3) + 1}组`,
      name: ['东大块', '西洼地', '南湖地', '北岭地'][i % 4]!,
      code: `3717221082010${String(1 + i).padStart(5, '0')}`.slice(0, 19),
      boundaries: { east: i % 5 === 0 ? '道路' : `${hh[(i + 1) % households]!.name}地`, south: '沟渠', west: `${h.name}地`, north: i % 7 === 0 ? '' : '王桥村集体地' },
      areaM2: muToM2(1.2345) + i * 37.77,
      qualityGrade: (i % 10) + 1,
      landClassCode: '0103',
      landClassName: '旱地',
      contractCode: `371722108201${String(h.id).padStart(4, '0')}J`,
      remark: i === 3 ? '部分流转' : '',
    };
  });
  const areaOf = (id: number) => rows.filter((r) => r.householdId === id).reduce((s, r) => s + r.areaM2, 0);
  const transferors = hh.map((h) => ({
    partyId: null,
    householdId: h.id,
    kind: 'household' as const,
    name: h.name,
    uscc: null,
    idNumber: h.idNumber,
    representative: h.name,
    address: '山东省菏泽市单县谢集镇王桥村',
    phone: null,
    householdCode: `371722108201${String(h.id).padStart(4, '0')}`,
    contractCode: `371722108201${String(h.id).padStart(4, '0')}J`,
    areaM2: areaOf(h.id),
    annualRentYuan: m2ToMu(areaOf(h.id)) * CASH_PER_MU,
  }));
  const totalArea = rows.reduce((s, r) => s + r.areaM2, 0);
  const annual = m2ToMu(totalArea) * CASH_PER_MU;
  const schedule = Array.from({ length: 10 }, (_, y) =>
    transferors.map((t) => ({ year: y + 1, dueDate: `${2026 + y}-01-01`, householdId: t.householdId!, amountYuan: t.annualRentYuan, estimated: false })),
  ).flat();
  return ContractViewSchema.parse({
    id: households * 1000 + parcels,
    number: status === 'draft' ? null : '371722-2025-108-0007',
    status,
    draft: {
      mode: 'lease',
      transferorHouseholdIds: hh.map((h) => h.id),
      transfereePartyId: 9,
      agent: null,
      parcels: rows.map((r) => ({ parcelId: r.parcelId, areaM2: null, boundaries: r.boundaries, remark: r.remark })),
      existingAssets: '',
      use: '种植小麦、玉米等粮食作物',
      useKind: 'grain',
      startDate: '2026-01-01',
      endDate: '2035-12-31',
      deliveryDate: '2026-01-01',
      rent: { kind: 'cash', yuanPerMuYear: CASH_PER_MU },
      adjustment: { everyYears: 3, method: '参照当地土地流转价格水平协商调整' },
      payment: { mode: 'annual', dueMonthDay: '01-01', instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
      payeeAccount: households === 1 ? { name: hh[0]!.name, number: '6228480000000000000', bank: '中国农业银行单县支行' } : null,
      consents: { improvements: true, facilities: true, collateral: false, retransfer: false },
      subsidiesTo: 'transferor',
      riskFund: households > 1 ? { amountYuan: 20000, holder: '谢集镇农村经营管理站', refundAtExpiry: true } : null,
      compensation: { fixtures: 'transferee', crops: 'transferee' },
      facilitiesAtExpiry: 'valuation_buyback',
      filingDays: 30,
      renewalNoticeDays: 90,
      returnDays: 30,
      penalties: { lateDeliveryPer10k: 5, lateDeliveryTerminateDays: 30, lateRentPer10k: 5, lateRentTerminateDays: 60, lateReturnPer10k: 5 },
      disputes: 'arbitration',
      copies: 4,
      annexes: [
        { item: '双方身份证明复印件', supplied: true, pages: 2, remark: '' },
        { item: '承包地权属证明', supplied: true, pages: 1, remark: '' },
        { item: '四至附图', supplied: true, pages: 1, remark: '' },
        { item: '村民会议决议书及公示材料', supplied: false, pages: 0, remark: '整组流转时提供' },
      ],
      socialCapitalReview: null,
      collectiveLand: null,
      signedOn: '2025-12-20',
      signPlace: '谢集镇人民政府',
    },
    county: '单县',
    town: '谢集镇',
    village: '王桥村',
    transferors,
    transferee: {
      partyId: 9,
      householdId: null,
      kind: 'cooperative',
      name: '单县谢集镇丰收粮食种植专业合作社',
      uscc: '93371722MA3C4XYZ1K',
      idNumber: null,
      representative: '史振华',
      address: '山东省菏泽市单县谢集镇',
      phone: '0530-4600000',
    },
    parcelRows: rows,
    totals: { areaM2: totalArea, annualRentYuan: annual, termRentYuan: annual * 10 },
    schedule,
    findings:
      status === 'draft'
        ? [{ ruleId: 'LT-02', severity: 'error', message: '流转期限超过王建国户承包期剩余期限（承包期至2027-12-31）', path: 'endDate', parcelIds: [] }]
        : [],
    amendments: [],
    fingerprint: 'a1b2c3d4e5f6',
    updatedAt: '2025-12-01T08:00:00Z',
  });
}

/** A small 附图 stand-in with a viewBox, as parcelMapSvg draws it. */
export const MAP_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 170 200" width="170mm" height="200mm"><rect x="10" y="10" width="150" height="180" fill="none" stroke="#000"/><polygon points="40,40 120,40 120,120 40,120" fill="#fde68a" stroke="#b45309"/><text x="80" y="85" text-anchor="middle" font-size="8">1</text><text x="150" y="30" font-size="6">北</text></svg>`;
