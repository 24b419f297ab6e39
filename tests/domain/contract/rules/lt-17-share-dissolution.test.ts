import { describe, expect, it } from 'vitest';
import type { RentBasis } from '../../../../src/domain/contract/contract-draft';
import { findingsOf, validFacts } from './facts';

const shareRent = (dissolutionReturnsLand: boolean): RentBasis => ({
  kind: 'share',
  scheme: 'dividend_only',
  guaranteedYuanPerMuYear: null,
  contributionYuan: 50000,
  shares: null,
  dissolutionReturnsLand,
  preferredShares: true,
});

const shareIntoCompany = () => {
  const facts = validFacts();
  facts.draft.mode = 'share';
  facts.transferee = { ...facts.transferee, kind: 'company', name: '单县润田农业有限公司', uscc: '91371722MA3D123453' };
  return facts;
};

describe('LT-17 share entry into a company', () => {
  it('accepts a share contract that returns the land on dissolution', () => {
    const facts = shareIntoCompany();
    facts.draft.rent = shareRent(true);
    expect(findingsOf('LT-17', facts)).toEqual([]);
  });

  it('requires the dissolution clause, naming the company', () => {
    const facts = shareIntoCompany();
    facts.draft.rent = shareRent(false);
    const [finding] = findingsOf('LT-17', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-17', severity: 'error', path: 'rent.dissolutionReturnsLand' });
    expect(finding!.message).toContain('单县润田农业有限公司');
  });

  it('requires share dividends rather than cash rent', () => {
    const [finding] = findingsOf('LT-17', shareIntoCompany());
    expect(finding).toMatchObject({ path: 'rent.kind' });
  });
});
