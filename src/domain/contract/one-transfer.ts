import { formatMu } from '../units';
import type { TransferInForce } from './contract-facts';
import { CONTRACT_STATUS_LABEL } from './contract-view';

/**
 * One parcel, one transfer at a time: the management right of a parcel, once transferred, is held by that
 * transferee for the term (农村土地承包法 第三十六条、第三十八条; 民法典 第三百四十条), so the holder cannot
 * transfer it again while the first transfer runs. Where only part of a parcel is transferred, the
 * contracts in force on any one day together may transfer no more than the parcel's area.
 */

export interface TransferredParcel {
  parcelId: number;
  code: string;
  /** The area this contract transfers, m². */
  leasedAreaM2: number;
  /** The most of the parcel a transfer can take: its registered area where smaller than the measured one. */
  capM2: number;
}

export interface TransferConflict {
  parcelId: number;
  code: string;
  /** The contracts in force on the day the parcel is most over-transferred. */
  others: TransferInForce[];
  /** The days this contract and all of `others` run together. */
  from: string;
  to: string;
  /** This contract's area plus the others', and the parcel's area, m². */
  totalM2: number;
  capM2: number;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The parcels of a contract with `term` that contracts in force already hold beyond the parcel's area
 * (within `toleranceM2`) on some day of the term. `inForce` may list contracts of any parcel and date.
 */
export function transferConflicts(
  term: { startDate: string; endDate: string },
  parcels: readonly TransferredParcel[],
  inForce: readonly TransferInForce[],
  toleranceM2: number,
): TransferConflict[] {
  return parcels.flatMap((p): TransferConflict[] => {
    const others = inForce.filter((o) => o.parcelId === p.parcelId && o.startDate <= term.endDate && o.endDate >= term.startDate);
    if (others.length === 0) return [];
    // The sum only rises on a day a contract starts, so those days (and the term's first) are the ones to try.
    const days = [term.startDate, ...others.map((o) => o.startDate).filter((d) => d > term.startDate)];
    let worst: { day: string; on: TransferInForce[]; total: number } | null = null;
    for (const day of days) {
      const on = others.filter((o) => o.startDate <= day && o.endDate >= day);
      const total = on.reduce((s, o) => s + o.leasedAreaM2, p.leasedAreaM2);
      if (!worst || total > worst.total) worst = { day, on, total };
    }
    if (!worst || worst.total <= p.capM2 + toleranceM2) return [];
    const from = worst.on.reduce((d, o) => later(d, o.startDate), term.startDate);
    const to = worst.on.reduce((d, o) => earlier(d, o.endDate), term.endDate);
    return [{ parcelId: p.parcelId, code: p.code, others: worst.on, from, to, totalM2: worst.total, capM2: p.capM2 }];
  });
}

export const contractLabel = (c: Pick<TransferInForce, 'contractId' | 'number'>): string => `合同 ${c.number ?? `（草稿 ${c.contractId}）`}`;

/** The planner-facing sentence: the parcel, the other contracts with their numbers and terms, the days they overlap. */
export function conflictMessage(conflict: TransferConflict, term: { startDate: string; endDate: string }, toleranceM2: number): string {
  const others = conflict.others
    .map((o) => `${contractLabel(o)}（乙方“${o.transfereeName}”，${o.startDate} 至 ${o.endDate}，${CONTRACT_STATUS_LABEL[o.status]}）`)
    .join('、');
  const partial = conflict.others.some((o) => o.leasedAreaM2 < conflict.capM2 - toleranceM2);
  const area = partial ? `，连同本合同合计流转 ${formatMu(conflict.totalM2)} 亩，超过地块面积 ${formatMu(conflict.capM2)} 亩` : '';
  return (
    `地块 ${conflict.code} 在 ${conflict.from} 至 ${conflict.to} 已由${others}流转${area}；` +
    `本合同期限 ${term.startDate} 至 ${term.endDate} 与之重叠，同一地块的经营权同一时间只能流转一次`
  );
}
