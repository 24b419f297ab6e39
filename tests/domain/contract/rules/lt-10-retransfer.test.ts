import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-10 re-transfer consent', () => {
  it('is silent when the holder consents to re-transfer in the contract', () => {
    expect(findingsOf('LT-10', validFacts())).toEqual([]);
  });

  it('reminds that re-transfer needs written consent when the box is not ticked', () => {
    const facts = validFacts();
    facts.draft.consents.retransfer = false;
    const [finding] = findingsOf('LT-10', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-10', severity: 'info', path: 'consents.retransfer' });
    expect(finding!.message).toContain('再流转需甲方书面同意');
  });
});

/**
 * 《农村土地承包法》第四十六条: the transferee re-transfers with the holder's written consent, filed with the
 * 发包方; the re-transfer passes on the contract in force and cannot outlast it.
 */
describe('LT-10 re-transfer of a contract in force', () => {
  const retransferFacts = () => {
    const facts = validFacts();
    facts.draft.retransfer = { of: 7, transferorPartyId: 5 };
    facts.retransfer = {
      transferorPartyId: 5,
      original: {
        id: 7,
        number: '37172220251040007',
        status: 'active',
        transfereePartyId: 5,
        transfereeName: '单县丰收农机专业合作社',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        allowsRetransfer: true,
        parcelIds: [101, 102, 103],
      },
      consents: [
        { householdId: 11, signedOn: '2025-09-01', documentRef: '谢集档〔2025〕31号' },
        { householdId: 12, signedOn: '2025-09-02', documentRef: '谢集档〔2025〕32号' },
      ],
    };
    return facts;
  };

  it('is silent for a re-transfer within the original contract with every holder’s consent', () => {
    expect(findingsOf('LT-10', retransferFacts())).toEqual([]);
  });

  it('refuses one whose original is not in force, whose transferor is someone else, or that outlasts the original', () => {
    const facts = retransferFacts();
    facts.retransfer!.original!.status = 'terminated';
    facts.retransfer!.transferorPartyId = 9;
    facts.draft.endDate = '2028-09-30';
    const messages = findingsOf('LT-10', facts).map((f) => f.message);
    expect(messages).toEqual([
      '原合同 37172220251040007已终止，不在履行中，不能再流转',
      '再流转的出让方应为原合同 37172220251040007的乙方“单县丰收农机专业合作社”',
      '再流转期限 2025-10-01 至 2028-09-30 超出原合同 37172220251040007期限 2025-01-01 至 2027-12-31',
    ]);
    expect(findingsOf('LT-10', facts).every((f) => f.severity === 'error')).toBe(true);
  });

  it('names the holder whose written consent is missing and the parcels outside the original', () => {
    const facts = retransferFacts();
    facts.retransfer!.consents = facts.retransfer!.consents.slice(0, 1);
    facts.retransfer!.original!.parcelIds = [101, 102];
    facts.retransfer!.original!.allowsRetransfer = false;
    const messages = findingsOf('LT-10', facts).map((f) => f.message);
    expect(messages).toContain('原合同 37172220251040007未约定同意再流转（其他约定第一项）');
    expect(messages).toContain('地块 3717221042060100107 不在原合同 37172220251040007所流转的地块之中');
    expect(messages).toContain('承包户 371722104206010012（户主 王建民）尚无 2025-09-20 前签署的再流转书面同意书（在原合同 37172220251040007的案件中登记）');
  });
});
