import { describe, expect, it } from 'vitest';
import { runLinkageRules } from '../../../src/domain/linkage/rules';
import { amendmentsOf } from '../../../src/store/contracts/amendments-repo';
import { assignNumber, createDrafts } from '../../../src/store/contracts/contracts-repo';
import { undoEdit } from '../../../src/store/edits/edit-log';
import { encumbrancesOf } from '../../../src/store/edits/encumbrances';
import { mergeParcels, splitParcel } from '../../../src/store/edits/split-merge';
import { contractedLandOf } from '../../../src/store/linkage/contracted-land';
import { buildLinkageFacts } from '../../../src/store/linkage/linkage-facts-builder';
import { cultivatedOverlay } from '../../../src/store/linkage/linkage-overlays';
import { addConstructionParcel } from '../../../src/store/linkage/linkage-parcels-repo';
import { leaseDraft, simplePlan } from '../contracts/draft-fixture';
import { linkageFixture, lonLatRect, X0, Y0 } from '../linkage/linkage-fixture';

const TODAY = '2026-11-30';
const amendment = { contractId: 1, reason: '修建机耕路', date: '2026-11-20' };

function setup() {
  const fixture = linkageFixture();
  const { project } = fixture;
  const [contractId] = createDrafts(project, [leaseDraft(project, [1, 2, 3], { startDate: '2025-01-01', endDate: '2027-12-31' })], 'tester') as [number];
  assignNumber(project, contractId, '2025-01-05', 'tester', simplePlan);
  return { ...fixture, contractId };
}

describe('what rests on a parcel', () => {
  it('names the contract in force on its parcels and a linkage parcel lying over one', () => {
    const { project, linkage } = setup();
    addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, lonLatRect(X0 + 45, Y0 + 10, 10, 10), cultivatedOverlay(project), 'tester');
    expect(encumbrancesOf(project, [1], TODAY)).toEqual([expect.objectContaining({ kind: 'contract', contractId: 1, number: 'N0001', status: 'numbered', caseRecords: [] })]);
    expect(encumbrancesOf(project, [3], TODAY)).toEqual([
      expect.objectContaining({ kind: 'contract', contractId: 1 }),
      expect.objectContaining({ kind: 'linkage', projectCode: 'GG-2025-01', linkageKind: 'construction', linkageCode: 'JX-01' }),
    ]);
    // Not even an amendment of the contract moves a parcel under a linkage parcel.
    expect(() => splitParcel(project, 3, { areasM2: [500] }, 'tester', amendment)).toThrow(/增减挂钩项目 GG-2025-01 的建新地块 JX-01/);

    // ZJ-12: the construction parcel lies on land under contract N0001.
    expect(contractedLandOf(project, linkage.id, TODAY)).toEqual([expect.objectContaining({ linkageCode: 'JX-01', parcelId: 3, contractNumber: 'N0001' })]);
    const zj12 = runLinkageRules(buildLinkageFacts(project, linkage.id, TODAY)).filter((f) => f.ruleId === 'ZJ-12');
    expect(zj12).toHaveLength(1);
    expect(zj12[0]!.message).toContain('合同 N0001');
    project.close();
  });

  it('records a merge under the contract as its amendment and moves its current parcels, keeping the leased area', () => {
    const { project, contractId } = setup();
    expect(() => mergeParcels(project, [1, 2], 'tester')).toThrow(/流转合同 N0001/);
    const merged = mergeParcels(project, [1, 2], 'tester', amendment);
    const [recorded] = amendmentsOf(project.db, contractId);
    expect(recorded).toMatchObject({ no: 1, kind: 'merge', reason: '修建机耕路', amendedOn: '2026-11-20' });
    expect(recorded!.changes.from.map((p) => p.id)).toEqual([1, 2]);
    expect(recorded!.changes.to).toEqual([expect.objectContaining({ id: merged.parcels[0]!.id, leasedAreaM2: null })]);
    expect(recorded!.text).toMatch(/^地块 3717221040010100001（.+ 亩）、3717221040010100002（.+ 亩） 合并为 /);
    const current = project.db.prepare(`SELECT parcel_fid FROM contract_parcels WHERE contract_id = ? ORDER BY parcel_fid`).pluck().all(contractId);
    expect(current).toEqual([3, merged.parcels[0]!.id]);
    expect(() => undoEdit(project, 'tester')).toThrow(/第 1 号变更，不能撤销/);
    project.close();
  });

  it('shares a partial transfer among the pieces of a split by area', () => {
    const { project } = setup();
    project.db.prepare(`UPDATE contract_parcels SET area_m2 = 1200 WHERE parcel_fid = 1`).run();
    const split = splitParcel(project, 1, { areasM2: [500] }, 'tester', amendment);
    const leased = project.db.prepare(`SELECT area_m2 FROM contract_parcels WHERE parcel_fid IN (${split.parcels.map((p) => p.id).join(',')}) ORDER BY parcel_fid`).pluck().all() as number[];
    expect(leased.reduce((s, a) => s + a, 0)).toBeCloseTo(1200, 6);
    expect(leased[0]! / leased[1]!).toBeCloseTo(split.parcels[0]!.areas.ellipsoidM2 / split.parcels[1]!.areas.ellipsoidM2, 6);
    project.close();
  });

  it('refuses to undo an unamended split whose pieces a contract has since come to hold', () => {
    const { project } = linkageFixture();
    const split = splitParcel(project, 1, { areasM2: [500] }, 'tester');
    const [id] = createDrafts(project, [leaseDraft(project, [split.parcels[0]!.id])], 'tester') as [number];
    assignNumber(project, id, '2025-01-05', 'tester', simplePlan);
    expect(() => undoEdit(project, 'tester')).toThrow(/不能撤销：地块 .* 在流转合同 N0001/);
    project.close();
  });
});
