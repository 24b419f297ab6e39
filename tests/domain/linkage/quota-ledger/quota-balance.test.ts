import { describe, expect, it } from 'vitest';
import { EMPTY_BALANCE, projectBalance } from '../../../../src/domain/linkage/quota-ledger';
import { m2ToMu, muToM2 } from '../../../../src/domain/units';
import { accept, confirm, giveBack, issue, local, trade, use } from './ledger-fixtures';

describe('project balance of the quota ledger', () => {
  it('is all zeros for a ledger without events', () => {
    expect(projectBalance([])).toEqual(EMPTY_BALANCE);
  });

  it('counts issued revolving quota as outstanding until returned', () => {
    const b = projectBalance([issue('2021-03-01', 100), accept('2022-01-01', 50), giveBack('2023-03-01', 40)]);
    expect(b.issuedM2).toBe(muToM2(100));
    expect(b.returnedM2).toBe(muToM2(40));
    expect(b.outstandingRevolvingM2).toBe(muToM2(100) - muToM2(40));
  });

  it('adds construction use to used and acceptance to reclaimed and cultivated separately', () => {
    const b = projectBalance([issue('2021-03-01', 100), use('2021-06-01', 60), accept('2023-01-10', 120, 110)]);
    expect(b.usedM2).toBe(muToM2(60));
    expect(b.acceptedReclaimedM2).toBe(muToM2(120));
    expect(b.acceptedCultivatedM2).toBe(muToM2(110));
  });

  it('takes trades and local use off confirmed surplus and prices trades per 亩', () => {
    const b = projectBalance([
      accept('2023-01-10', 120),
      confirm('2023-02-01', 50),
      trade('2023-03-01', 20, 300_000, 'province', 'partial', 1_000_000),
      local('2023-04-01', 5),
    ]);
    expect(b.surplusConfirmedM2).toBe(muToM2(50));
    expect(b.tradedM2).toBe(muToM2(20));
    expect(b.usedLocallyM2).toBe(muToM2(5));
    expect(m2ToMu(b.surplusAvailableM2)).toBeCloseTo(25, 9);
    expect(b.revenueYuan).toBeCloseTo(6_000_000, 6);
    expect(b.paidYuan).toBe(1_000_000);
    expect(b.unpaidYuan).toBeCloseTo(5_000_000, 6);
  });
});
