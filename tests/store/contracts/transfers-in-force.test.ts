import { describe, expect, it } from 'vitest';
import { assignNumber, createDrafts, setContractStatus } from '../../../src/store/contracts/contracts-repo';
import { retransferChain, transfersInForce } from '../../../src/store/contracts/transfers-in-force';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { smallData, tempFile } from '../fixtures';
import { leaseDraft, simplePlan } from './draft-fixture';

function setup() {
  const project = Project.create(tempFile(), { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  return project;
}

describe('the contracts in force over parcels and days', () => {
  it('finds a numbered contract holding a parcel on a day of the term, with its leased area, and not drafts, other days or other parcels', () => {
    const project = setup();
    const draft = leaseDraft(project, [1, 2]);
    const [a, b] = createDrafts(project, [draft, { ...draft, parcels: [{ ...draft.parcels[0]!, parcelId: 3, areaM2: 500 }] }], 'tester') as [number, number];
    assignNumber(project, a, '2025-01-05', 'tester', simplePlan);
    assignNumber(project, b, '2025-01-05', 'tester', simplePlan);
    const area1 = project.db.prepare(`SELECT ellipsoid_area_m2 FROM parcels WHERE fid = 1`).pluck().get() as number;
    expect(transfersInForce(project.db, [1], '2027-12-31', '2030-01-01', new Set())).toEqual([
      { contractId: a, number: 'N0001', status: 'numbered', transfereeName: '王桥粮食种植专业合作社', startDate: '2025-01-01', endDate: '2027-12-31', parcelId: 1, leasedAreaM2: area1 },
    ]);
    expect(transfersInForce(project.db, [1, 3], '2028-01-01', '2030-01-01', new Set())).toEqual([]);
    expect(transfersInForce(project.db, [3], '2026-01-01', '2026-01-01', new Set()).map((t) => t.leasedAreaM2)).toEqual([500]);
    expect(transfersInForce(project.db, [1, 2], '2026-01-01', '2026-12-31', new Set([a]))).toEqual([]);
    setContractStatus(project, a, 'terminated', '2025-06-01', '乙方改变土地农业用途', 'tester');
    expect(transfersInForce(project.db, [1], '2026-01-01', '2026-12-31', new Set())).toEqual([]);
    project.close();
  });

  it('refuses numbering a second whole transfer of the same parcel and lets a re-transfer of it through', () => {
    const project = setup();
    const draft = leaseDraft(project, [1]);
    const [first] = createDrafts(project, [draft], 'tester') as [number];
    assignNumber(project, first, '2025-01-05', 'tester', simplePlan);
    const [second, passedOn] = createDrafts(
      project,
      [
        { ...draft, startDate: '2026-01-01' },
        { ...draft, startDate: '2026-01-01', retransfer: { of: first, transferorPartyId: draft.transfereePartyId } },
      ],
      'tester',
    ) as [number, number];
    expect(() => assignNumber(project, second, '2026-01-01', 'tester', simplePlan)).toThrow(/不能编号.*地块 3717221040010100001 在 2026-01-01 至 2027-12-31 已由合同 N0001/);
    expect(retransferChain(project.db, passedOn, first)).toEqual(new Set([passedOn, first]));
    expect(retransferChain(project.db, first, null)).toEqual(new Set([first, passedOn]));
    expect(assignNumber(project, passedOn, '2026-01-01', 'tester', simplePlan).number).toBe('N0002');
    project.close();
  });
});
