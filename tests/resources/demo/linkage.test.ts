import { describe, expect, it } from 'vitest';
import { demoQuotaEvents } from '../../../resources/demo/linkage';
import { DEFAULT_LINKAGE_POLICY } from '../../../src/domain/linkage/linkage-facts';
import { checkLedger, projectBalance } from '../../../src/domain/linkage/quota-ledger';

describe('the demo linkage ledger', () => {
  it('keeps every ledger invariant for any measured areas the demo can produce', () => {
    for (let demolitionM2 = 60_000; demolitionM2 <= 300_000; demolitionM2 += 7_919.37) {
      for (const share of [0.4, 0.55, 0.7]) {
        const events = demoQuotaEvents({ demolitionM2, constructionM2: demolitionM2 * share });
        expect(checkLedger(events, DEFAULT_LINKAGE_POLICY.ledger), `${demolitionM2} m² × ${share}`).toBeNull();
      }
    }
  });

  it('tells one story: all the quota issued is used and returned before the surplus left over is confirmed and partly sold', () => {
    const events = demoQuotaEvents({ demolitionM2: 150_000, constructionM2: 80_000 });
    const b = projectBalance(events);
    expect(b.usedM2).toBe(b.issuedM2);
    expect(b.returnedM2).toBe(b.issuedM2);
    expect(b.returnedM2 + b.surplusConfirmedM2).toBeLessThanOrEqual(b.acceptedReclaimedM2);
    expect(events.findIndex((e) => e.kind === 'returnRevolving')).toBeLessThan(events.findIndex((e) => e.kind === 'confirmSurplus'));
    expect(b.tradedM2).toBeGreaterThan(0);
    expect(b.tradedM2).toBeLessThan(b.surplusConfirmedM2);
  });
});
