import { z } from 'zod';
import { ContractDraftSchema, type ContractDraft } from '../../domain/contract/contract-draft';
import { defaultPenaltiesAt, defaultRentAt, extendedEndAt } from '../../store/contracts/contract-settings';
import { ContractError } from '../../store/contracts/contract-error';
import { householdsOfParcels } from '../../store/contracts/households-repo';
import { suggestBoundaries } from '../../store/four-boundaries-repo';
import type { Project } from '../../store/project';
import { termEnd } from '../../domain/contract/term';

/** A complete draft proposal for selected parcels; the transferee may still be open. */
export const DraftProposalSchema = ContractDraftSchema.extend({ transfereePartyId: z.number().int().positive().nullable() });
export type DraftProposal = z.infer<typeof DraftProposalSchema>;

/** 附件清单 of the model lease text (domain.md A.3). */
export const ANNEX_CHECKLIST = [
  '双方当事人身份证明（复印件）',
  '出租土地权属证明',
  '四至附图',
  '地上附属建筑和资产清单',
  '村民会议决议书及公示材料',
  '委托代理人授权委托书及身份证明（复印件）',
] as const;

/** The usual 10-year term; a longer one is the parties' choice, made in the form. */
const TERM_YEARS = 10;

/**
 * Today as start and delivery, 10 years capped at the earliest end any household may transfer to
 * (its contract end, or its village's signed extension), cash rent from the dated default, 四至 from the
 * map, annual payment in advance, the model text's usual choices, and every annex unchecked.
 */
export function draftDefaults(project: Project, parcelIds: readonly number[], transfereePartyId: number | null, on: string): DraftProposal {
  const rows = project.db.prepare(`SELECT fid, min(coalesce(registered_area_m2, ellipsoid_area_m2), ellipsoid_area_m2) AS r FROM parcels WHERE fid IN (${parcelIds.map(() => '?').join(',')})`).all(...parcelIds) as { fid: number; r: number | null }[];
  const leasable = new Map(rows.map((row) => [row.fid, row.r]));
  const missing = parcelIds.findIndex((id) => !leasable.has(id));
  if (missing >= 0) throw new ContractError('not_found', `地块 ${parcelIds[missing]} 不存在`, `parcelIds.${missing}`);
  const holders = householdsOfParcels(project, parcelIds);
  if (holders.length === 0) throw new ContractError('bad_input', '所选地块都没有承包户，不能作为甲方起草流转合同', 'parcelIds');
  const boundaries = new Map(suggestBoundaries(project, parcelIds).map((s) => [s.parcelId, s.boundaries]));
  const transferableEnds = holders.map(({ household: h }) => {
    const extended = extendedEndAt(project.db, h.villageCode, on);
    return extended && extended > h.contractEnd ? extended : h.contractEnd;
  });
  const capped = [termEnd(on, TERM_YEARS), ...transferableEnds].sort()[0]!;
  const draft: Omit<ContractDraft, 'transfereePartyId'> = {
    mode: 'lease',
    transferorHouseholdIds: holders.map((h) => h.household.id),
    retransfer: null,
    agent: null,
    // At most both the registered contract area and the measured area (LT-20).
    parcels: parcelIds.map((parcelId) => ({ parcelId, areaM2: leasable.get(parcelId) ?? null, boundaries: boundaries.get(parcelId) ?? { east: '', south: '', west: '', north: '' }, remark: '' })),
    existingAssets: '',
    use: '种植粮食作物',
    useKind: 'grain',
    nonGrainJustification: '',
    startDate: on,
    endDate: capped,
    deliveryDate: on,
    rent: { kind: 'cash', yuanPerMuYear: defaultRentAt(project.db, on).value },
    adjustment: { everyYears: 3, method: '参照当地土地流转价格水平协商调整' },
    payment: { mode: 'annual', dueMonthDay: on.slice(5), instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
    payeeAccount: null,
    payeeIsHousehold: true,
    consents: { improvements: false, facilities: false, collateral: false, retransfer: false },
    subsidiesTo: 'transferor',
    subsidiesText: '',
    riskFund: null,
    compensation: { fixtures: 'transferee', crops: 'transferee' },
    facilitiesAtExpiry: 'valuation_buyback',
    filingDays: 30,
    renewalNoticeDays: 90,
    returnDays: 30,
    penalties: defaultPenaltiesAt(project.db, on).value,
    disputes: 'arbitration',
    // 甲方, 乙方, the collective economic organisation and the township office (model text 十三).
    copies: 4,
    annexes: ANNEX_CHECKLIST.map((item) => ({ item, supplied: false, pages: 0, remark: '' })),
    socialCapitalReview: null,
    collectiveLand: null,
    caretakerOnly: false,
    signedOn: null,
    signPlace: '',
    supplementary: '',
  };
  return { ...draft, transfereePartyId };
}
