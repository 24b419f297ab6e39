import { describe, expect, it } from 'vitest';
import type { TrusteeshipPriceList } from '../../../src/domain/case/case-records';
import { priceFromList, trusteeshipFee } from '../../../src/domain/case/trusteeship-fee';
import { trusteeship } from './facts';

const list: TrusteeshipPriceList = {
  coop: '单县供销社为农服务中心',
  operations: { plough: 45, sow: 35, harvest: 55, plant_protection: 12.5 },
  fullPackageYuanPerMu: 780,
  effectiveFrom: '2025-01-01',
  source: '单县供销社2025年托管服务价目表',
};

describe('trusteeshipFee', () => {
  it('multiplies the per-亩 fee by the area in 亩 and splits deposit and balance', () => {
    expect(trusteeshipFee(trusteeship())).toEqual({ totalYuan: 13500, depositYuan: 4050, balanceYuan: 9450 });
  });

  it('rounds to the fen only at the end, from the exact 亩 of the m² area', () => {
    // 1000 m² = 1.5 亩 exactly; 33.33 × 1.5 = 49.995 → 50.00 (half up), deposit 1/3 of the exact total.
    const fee = trusteeshipFee(trusteeship({ areaM2: 1000, feeYuanPerMu: 33.33, payment: { kind: 'deposit_then_balance', depositShare: 1 / 3, balanceDays: 10 } }));
    expect(fee.totalYuan).toBe(50);
    expect(fee.depositYuan).toBe(16.67);
    expect(fee.balanceYuan).toBe(33.33);
    expect(fee.depositYuan + fee.balanceYuan).toBeCloseTo(fee.totalYuan, 10);
  });

  it('puts the whole fee up front when prepaid and after service or from sales otherwise', () => {
    expect(trusteeshipFee(trusteeship({ payment: { kind: 'prepaid' } }))).toEqual({ totalYuan: 13500, depositYuan: 13500, balanceYuan: 0 });
    expect(trusteeshipFee(trusteeship({ payment: { kind: 'after_service' } }))).toEqual({ totalYuan: 13500, depositYuan: 0, balanceYuan: 13500 });
    expect(trusteeshipFee(trusteeship({ payment: { kind: 'deduct_from_sales' } }))).toEqual({ totalYuan: 13500, depositYuan: 0, balanceYuan: 13500 });
  });
});

describe('priceFromList', () => {
  it('sums the chosen operations for partial trusteeship', () => {
    expect(priceFromList(list, 'partial', ['plough', 'sow', 'harvest'])).toBe(135);
    expect(priceFromList(list, 'partial', ['plant_protection'])).toBe(12.5);
  });

  it('has no price when an operation is not on the list, or none was chosen', () => {
    expect(priceFromList(list, 'partial', ['plough', 'drying'])).toBeNull();
    expect(priceFromList(list, 'partial', [])).toBeNull();
  });

  it('uses the package price for full trusteeship, whatever the operations', () => {
    expect(priceFromList(list, 'full', ['plough'])).toBe(780);
    expect(priceFromList({ ...list, fullPackageYuanPerMu: null }, 'full', [])).toBeNull();
  });
});
