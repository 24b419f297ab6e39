import type { LinkageParameterTable } from '../../../../src/domain/linkage/parameters/linkage-parameters';
import { RelocationHouseholdSchema, type RelocationHousehold } from '../../../../src/domain/linkage/relocation/relocation-household';
import { ScenarioSchema, type Scenario } from '../../../../src/domain/linkage/relocation/scenario';

/**
 * A 40-household village (王桥村) for hand-checked scenario arithmetic, evaluated on 2025-06-30:
 *   A  20 households × 4 persons, homestead 240 m², 砖混 120 m²
 *   B  10 households × 3 persons, homestead 200 m², 砖木 100 m² + 简易 20 m²
 *   C   6 households × 2 persons all ≥ 70 (one turns 70 that day), homestead 180 m², 土木 80 m²
 *   D   4 households × 2 persons aged 72 and 64, homestead 200 m², 砖混 90 m² + 简易 10 m²
 * 130 persons; homestead 8,680 m²; 砖混 2,760, 砖木 1,000, 土木 480, 简易 240 m². One household has not signed.
 */
export const AS_OF = '2025-06-30';

const person = (name: string, relation: string, birthDate: string) => ({ name, relation, birthDate });

function group(prefix: string, n: number, members: ReturnType<typeof person>[], homesteadM2: number, floorAreaM2: Record<string, number>) {
  return Array.from({ length: n }, (_, i) => ({
    code: `${prefix}${String(i + 1).padStart(2, '0')}`,
    headName: `${members[0]!.name}${i + 1}`,
    villageName: '王桥村',
    members,
    homesteadM2,
    floorAreaM2,
    consent: { status: 'agreed' as const, signedOn: '2025-03-01' },
  }));
}

export function wangqiaoHouseholds(): RelocationHousehold[] {
  const raw = [
    ...group('A', 20, [person('王建', '户主', '1978-04-02'), person('李梅', '配偶', '1980-09-12'), person('王一', '子', '2005-01-20'), person('王二', '女', '2010-06-01')], 240, { brickConcrete: 120 }),
    ...group('B', 10, [person('王林', '户主', '1985-02-02'), person('赵芳', '配偶', '1986-03-03'), person('王三', '子', '2012-12-12')], 200, { brickWood: 100, simple: 20 }),
    ...group('C', 6, [person('王老', '户主', '1950-03-01'), person('张氏', '配偶', '1955-06-30')], 180, { earthWood: 80 }),
    ...group('D', 4, [person('王德', '户主', '1953-01-01'), person('刘英', '配偶', '1960-07-01')], 200, { brickConcrete: 90, simple: 10 }),
  ];
  const pending = { status: 'pending' as const, signedOn: null };
  return raw.map((h, i) => RelocationHouseholdSchema.parse(i === raw.length - 1 ? { ...h, consent: pending } : h));
}

/** Demolition 45,000 m² (67.5 亩), of which 42,000 m² (63 亩) reclaimable. */
export const AREAS = { demolitionM2: 45000, reclaimableM2: 42000 };

const e = <V>(value: V, effectiveFrom = '2000-01-01') => [{ value, effectiveFrom, source: `测试参数 ${String(JSON.stringify(value))}` }];

export const TEST_TABLE: LinkageParameterTable = {
  region: '测试县',
  parameters: {
    homesteadCapM2: { suburb: e(166), plain: e(200), salineWaste: e(264), hill: e(132), poorSlope: e(198) },
    floorAreaPerCapitaM2: e(30),
    compensationYuanPerM2: { brickConcrete: e(800), brickWood: e(600), earthWood: e(400), simple: e(150) },
    homesteadCompensationYuanPerM2: e(50),
    movingAllowanceYuanPerHousehold: e(1000),
    transitionAllowanceYuanPerPersonMonth: e(200),
    transitionMonths: { unified: e(24), self_build: e(12) },
    reclamationYuanPerMu: e(20000),
    constructionYuanPerM2: { apartment: e(1800), courtyard: e(1500), elderly: e(1600) },
    selfBuildSubsidyYuanPerM2: e(300),
    infrastructureYuanPerHousehold: e(30000),
    infrastructureYuanPerM2Land: e(100),
    fees: {
      survey: e({ kind: 'perMu' as const, yuanPerMu: 300 }),
      design: e({ kind: 'share' as const, share: 0.02 }),
      acceptance: e({ kind: 'perMu' as const, yuanPerMu: 200 }),
    },
    quotaPriceYuanPerMu: {
      county: e(250000),
      province: [
        { value: 286000, effectiveFrom: '2000-01-01', source: '测试：省内价一' },
        { value: 320000, effectiveFrom: '2025-07-01', source: '测试：省内价二' },
      ],
      crossProvince: e(300000, '2018-03-26'),
    },
    consentThreshold: e(0.95, '2020-01-01'),
    plotRatio: { apartment: e(1.2), elderly: e(0.8) },
  },
};

const elderlyRule = { kind: 'all_members_aged' as const, minAge: 70, housing: 'elderly' as const };

/** Unified apartments, 30 m² per person (county figure), elderly units of 60 m², surplus sold in the province. */
export const APARTMENTS: Scenario = ScenarioSchema.parse({
  id: 'A',
  name: '统建楼房',
  housingType: 'apartment',
  constructionMode: 'unified',
  allotment: { basis: 'per_capita', floorM2PerPerson: null },
  homesteadTier: 'plain',
  elderlyUnitFloorM2: 60,
  villageShareOfGains: 0.3,
  optionRules: [elderlyRule],
  tradingScope: 'province',
});

/** Self-built courtyards of 120 m² on 200 m² plain-tier plots, elderly units as in A, surplus sold in the county. */
export const COURTYARDS: Scenario = ScenarioSchema.parse({
  id: 'B',
  name: '自建院落',
  housingType: 'courtyard',
  constructionMode: 'self_build',
  allotment: { basis: 'per_household', floorM2PerHousehold: 120 },
  homesteadTier: 'plain',
  elderlyUnitFloorM2: 60,
  villageShareOfGains: 0.5,
  optionRules: [elderlyRule],
  tradingScope: 'county',
});
