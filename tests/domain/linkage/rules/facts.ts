import { LinkageFactsSchema, type LinkageFacts } from '../../../../src/domain/linkage/linkage-facts';
import { runLinkageRules } from '../../../../src/domain/linkage/rules';
import type { LinkageFinding } from '../../../../src/domain/linkage/rules/rule';

/**
 * A linkage project that passes every check: 王桥村 and 史楼村 of 单县谢集镇 demolish two homestead
 * clusters (9000 m²) and move into one new community (6000 m²). Tests change one field at a time to
 * make one rule fail. Policy tables are left to their defaults (95% consent, 30/36 months).
 */

export const WANGQIAO = '371722104206';
export const SHILOU = '371722104207';

/** `yes` households that signed their consent on 2023-05-10 and `no` that refused, with codes `<village>-001…`. */
export function households(village: string, yes: number, no = 0) {
  return Array.from({ length: yes + no }, (_, i) => ({
    code: `${village}-${String(i + 1).padStart(3, '0')}`,
    headName: `户主${i + 1}`,
    consent: { status: i < yes ? ('agreed' as const) : ('refused' as const), signedOn: '2023-05-10' },
  }));
}

const event = { note: '' };

export function validFacts(): LinkageFacts {
  return LinkageFactsSchema.parse({
    asOf: '2025-09-01',
    project: {
      code: 'ZJ371722-2023-01',
      name: '谢集镇王桥村、史楼村增减挂钩项目区',
      approvalDocNo: '鲁自然资字〔2023〕12号',
      startDate: '2023-01-01',
      deadline: '2026-12-31',
      totalAreaM2: 15000,
      villages: [
        { code: WANGQIAO, name: '王桥村', countyCode: '371722', resolution: { docNo: '王桥村民会议决议〔2023〕1号', date: '2023-04-10' } },
        { code: SHILOU, name: '史楼村', countyCode: '371722', resolution: { docNo: '史楼村民会议决议〔2023〕1号', date: '2023-04-12' } },
      ],
    },
    demolitionParcels: [
      {
        id: 'd1',
        code: 'CJ-001',
        villageCode: WANGQIAO,
        areaM2: 5000,
        landClass: '0702',
        targetClass: '0103',
        gradeBefore: null,
        gradeAfter: 7,
        outsideProjectM2: 0,
        households: households(WANGQIAO, 20),
        scheduledDemolitionDate: '2023-06-01',
      },
      {
        id: 'd2',
        code: 'CJ-002',
        villageCode: SHILOU,
        areaM2: 4000,
        landClass: '0702',
        targetClass: '0102',
        gradeBefore: null,
        gradeAfter: 7,
        outsideProjectM2: 0,
        households: households(SHILOU, 19, 1),
        scheduledDemolitionDate: '2023-06-15',
      },
    ],
    constructionParcels: [
      {
        id: 'c1',
        code: 'JX-001',
        areaM2: 6000,
        use: 'resettlement',
        cultivatedOccupiedM2: 2000,
        cultivatedGrade: 8,
        basicFarmlandOverlapM2: 0,
        basicFarmland: false,
        outsideProjectM2: 0,
      },
    ],
    overlaps: [],
    quotaEvents: [
      { ...event, id: 'q1', date: '2023-03-01', kind: 'issueRevolving', areaM2: 6000, docNo: '鲁自然资挂〔2023〕5号' },
      { ...event, id: 'q2', date: '2023-09-01', kind: 'useForConstruction', areaM2: 6000, parcelRefs: ['c1'] },
      {
        ...event,
        id: 'q3',
        date: '2025-05-20',
        kind: 'reclamationAccepted',
        areaM2: 9000,
        cultivatedM2: 9000,
        acceptDocNo: '菏自然资验〔2025〕8号',
        authority: '菏泽市自然资源和规划局',
      },
      { ...event, id: 'q4', date: '2025-06-01', kind: 'returnRevolving', areaM2: 6000 },
      { ...event, id: 'q5', date: '2025-06-10', kind: 'confirmSurplus', areaM2: 3000 },
      {
        ...event,
        id: 'q6',
        date: '2025-07-01',
        kind: 'tradeSurplus',
        areaM2: 2000,
        buyer: '单县城投公司',
        scope: 'county',
        priceYuanPerMu: 200_000,
        paymentStatus: 'unpaid',
        paidYuan: 0,
      },
    ],
    landClasses: {
      before: [
        { landClass: '0103', areaM2: 2000 },
        { landClass: '1202', areaM2: 4000 },
        { landClass: '0702', areaM2: 9000 },
      ],
      after: [
        { landClass: '0103', areaM2: 5000 },
        { landClass: '0102', areaM2: 4000 },
        { landClass: '0702', areaM2: 6000 },
      ],
    },
    revenueAllocation: [
      { item: '拆迁补偿款', recipient: 'village', villageCode: WANGQIAO, amountYuan: 3_000_000 },
      { item: '测绘费', recipient: 'other', villageCode: null, amountYuan: 100_000 },
    ],
    policy: {},
  });
}

export const findingsOf = (ruleId: string, facts: LinkageFacts): LinkageFinding[] =>
  runLinkageRules(facts).filter((f) => f.ruleId === ruleId);
