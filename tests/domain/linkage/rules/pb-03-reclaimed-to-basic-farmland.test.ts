import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('PB-03 reclaimed cultivated land proposed for basic farmland', () => {
  it('says nothing when no parcel is proposed', () => {
    expect(findingsOf('PB-03', validFacts())).toEqual([]);
  });

  it('notes a proposed parcel of reclaimed cultivated land, with its area', () => {
    const facts = validFacts();
    facts.demolitionParcels[0]!.proposedBasicFarmland = true;
    expect(findingsOf('PB-03', facts)).toEqual([
      {
        ruleId: 'PB-03',
        severity: 'info',
        message: '拆旧地块 CJ-001 复垦耕地 5000.00 m²（7.50 亩）拟划入永久基本农田：项目区已有复垦验收，可按程序申请',
        path: 'demolitionParcels.0.proposedBasicFarmland',
        parcelIds: ['d1'],
      },
    ]);
  });

  it('says acceptance comes first while the reclamation is not yet accepted', () => {
    const facts = validFacts();
    facts.demolitionParcels[0]!.proposedBasicFarmland = true;
    facts.quotaEvents = facts.quotaEvents.slice(0, 2);
    expect(findingsOf('PB-03', facts)[0]!.message).toContain('须复垦验收合格后方可按程序申请');
  });

  it('warns when the proposed parcel is not reclaimed to cultivated land', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.proposedBasicFarmland = true;
    facts.demolitionParcels[1]!.targetClass = '0201';
    expect(findingsOf('PB-03', facts)).toMatchObject([
      { severity: 'warning', message: '拆旧地块 CJ-002 复垦为 0201 果园，不是耕地，不能划入永久基本农田' },
    ]);
  });
});
