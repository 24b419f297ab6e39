import { formatMu } from '../../units';
import { AREA_TOLERANCE_M2, atMost, type LedgerInvariantId } from './ledger-invariants';
import type { QuotaBalance } from './quota-balance';
import type { QuotaEvent, QuotaEventKind } from './quota-event';

/**
 * The balance invariants of `ledger-invariants.ts`, in the order a refusal names them, each with the
 * sentence that gives its figures and the event kinds that raise its left-hand side. Every figure only
 * grows, so an invariant can break only on a date with one of those events: that event is the one a
 * stored ledger is reported at.
 */
interface BalanceInvariant {
  id: LedgerInvariantId;
  raisedBy: readonly QuotaEventKind[];
  holds(b: QuotaBalance): boolean;
  figures(b: QuotaBalance): string;
}

const mu = (m2: number): string => `${formatMu(m2)} 亩`;

const BALANCE_INVARIANTS: readonly BalanceInvariant[] = [
  {
    id: 'usedWithinIssued',
    raisedBy: ['useForConstruction'],
    holds: (b) => atMost(b.usedM2, b.issuedM2),
    figures: (b) => `建新已用 ${mu(b.usedM2)}，超过已下达周转指标 ${mu(b.issuedM2)}`,
  },
  {
    id: 'returnedWithinIssued',
    raisedBy: ['returnRevolving'],
    holds: (b) => atMost(b.returnedM2, b.issuedM2),
    figures: (b) => `已归还 ${mu(b.returnedM2)}，超过已下达周转指标 ${mu(b.issuedM2)}`,
  },
  {
    // 国土资发〔2008〕138号: the quota is returned with reclaimed land that passed acceptance (条款号未核实).
    id: 'returnedPlusSurplusWithinAccepted',
    raisedBy: ['returnRevolving', 'confirmSurplus'],
    holds: (b) => atMost(b.returnedM2 + b.surplusConfirmedM2, b.acceptedReclaimedM2),
    figures: (b) =>
      `已归还 ${mu(b.returnedM2)} 加已确认节余 ${mu(b.surplusConfirmedM2)}，共 ${mu(b.returnedM2 + b.surplusConfirmedM2)}，` +
      `超过已验收复垦面积 ${mu(b.acceptedReclaimedM2)}` +
      (b.acceptedReclaimedM2 > AREA_TOLERANCE_M2
        ? '（周转指标以验收合格的复垦土地归还，余下的方为节余，ZJ-06）'
        : '（尚无复垦验收：须在复垦验收合格后方可归还周转指标、确认节余，ZJ-06）'),
  },
  {
    id: 'surplusAfterReturn',
    raisedBy: ['confirmSurplus', 'useForConstruction'],
    holds: (b) => !(b.surplusConfirmedM2 > 0) || atMost(b.usedM2, b.returnedM2),
    figures: (b) =>
      `已确认节余 ${mu(b.surplusConfirmedM2)}，而建新已用周转指标 ${mu(b.usedM2)}、已归还 ${mu(b.returnedM2)}，` +
      `尚有 ${mu(b.usedM2 - b.returnedM2)} 未归还（节余指标须在项目区已用的周转指标全部归还后方可确认，ZJ-07）`,
  },
  {
    id: 'disposedWithinSurplus',
    raisedBy: ['tradeSurplus', 'useSurplusLocally'],
    holds: (b) => atMost(b.tradedM2 + b.usedLocallyM2, b.surplusConfirmedM2),
    figures: (b) =>
      `节余已交易 ${mu(b.tradedM2)} 加本地使用 ${mu(b.usedLocallyM2)}，共 ${mu(b.tradedM2 + b.usedLocallyM2)}，` +
      `超过已确认节余 ${mu(b.surplusConfirmedM2)}（ZJ-07）`,
  },
  {
    // 耕地数量不减少: 土地管理法 第四章 耕地保护 (耕地总量不减少); 国土资发〔2008〕138号 项目区内耕地面积不减少 (条款号未核实).
    id: 'cultivatedCoversReturnedPlusSurplus',
    raisedBy: ['returnRevolving', 'confirmSurplus'],
    holds: (b) => atMost(b.returnedM2 + b.surplusConfirmedM2, b.acceptedCultivatedM2),
    figures: (b) =>
      `已归还 ${mu(b.returnedM2)} 加已确认节余 ${mu(b.surplusConfirmedM2)}，共 ${mu(b.returnedM2 + b.surplusConfirmedM2)}，` +
      `超过已验收复垦耕地 ${mu(b.acceptedCultivatedM2)}（耕地数量不减少：归还和节余须有验收合格的耕地抵顶，ZJ-06）`,
  },
];

export interface BrokenBalance {
  invariant: LedgerInvariantId;
  /** The figures that conflict, as a clause of the refusal. */
  figures: string;
  raisedBy: readonly QuotaEventKind[];
}

/** Every balance invariant the closing balance of a date breaks, in the order they are named. */
export function brokenInvariants(b: QuotaBalance): BrokenBalance[] {
  return BALANCE_INVARIANTS.filter((inv) => !inv.holds(b)).map((inv) => ({ invariant: inv.id, figures: inv.figures(b), raisedBy: inv.raisedBy }));
}

/** The event of one date a broken invariant is reported at: the last that raised its left-hand side. */
export function eventAtFault(broken: BrokenBalance, eventsOfDate: readonly QuotaEvent[]): QuotaEvent {
  const raising = eventsOfDate.filter((e) => broken.raisedBy.includes(e.kind));
  return (raising.at(-1) ?? eventsOfDate.at(-1))!;
}

/** The field of `e` a planner corrects: confirm surplus later when it came before the return, else the area. */
export const fieldToCorrect = (broken: BrokenBalance, e: QuotaEvent): string =>
  broken.invariant === 'surplusAfterReturn' && e.kind === 'confirmSurplus' ? 'date' : 'areaM2';
