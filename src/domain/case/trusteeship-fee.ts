import { m2ToMu, roundHalfUp } from '../units';
import type { Trusteeship, TrusteeshipOperation, TrusteeshipPriceList } from './case-records';

/** 分: money is rounded here only, after the exact product (MARA model art. 4: yuan/亩 × 亩 = total). */
const toFen = (yuan: number): number => roundHalfUp(yuan, 2);

/**
 * The service fee of a trusteeship and its split by payment terms (MARA model art. 5): a down payment
 * share on signing and the balance after acceptance; prepaid in full; or all after service or deducted
 * from crop sales. Deposit + balance equal the total to the fen.
 */
export function trusteeshipFee(t: Trusteeship): { totalYuan: number; depositYuan: number; balanceYuan: number } {
  const exact = t.feeYuanPerMu * m2ToMu(t.areaM2);
  const totalYuan = toFen(exact);
  switch (t.payment.kind) {
    case 'deposit_then_balance': {
      const depositYuan = toFen(exact * t.payment.depositShare);
      return { totalYuan, depositYuan, balanceYuan: toFen(totalYuan - depositYuan) };
    }
    case 'prepaid':
      return { totalYuan, depositYuan: totalYuan, balanceYuan: 0 };
    case 'after_service':
    case 'deduct_from_sales':
      return { totalYuan, depositYuan: 0, balanceYuan: totalYuan };
  }
}

/**
 * Yuan per 亩 from a co-op's price list: the package price for full trusteeship, the sum of the chosen
 * operations for partial; null when the list has no price for it (the fee is then negotiated).
 */
export function priceFromList(list: TrusteeshipPriceList, mode: Trusteeship['mode'], operations: readonly TrusteeshipOperation[]): number | null {
  if (mode === 'full') return list.fullPackageYuanPerMu;
  if (operations.length === 0) return null;
  let sum = 0;
  for (const op of operations) {
    const price = list.operations[op];
    if (price === undefined) return null;
    sum += price;
  }
  return sum;
}
