import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { m2ToMu, roundHalfUp } from '../../../src/domain/units';
import { ellipsoidalArea } from '../../../src/geo/ellipsoidal-area';
import { linkageBalance } from '../../../src/store/linkage/linkage-balance';
import { LinkageError } from '../../../src/store/linkage/linkage-error';
import { cultivatedOverlay, projectOverlays } from '../../../src/store/linkage/linkage-overlays';
import {
  addConstructionParcel,
  addDemolitionFromHomesteads,
  addDemolitionParcel,
  listLinkageParcels,
  removeLinkageParcel,
  setProjectArea,
} from '../../../src/store/linkage/linkage-parcels-repo';
import { createLinkageProject, updateLinkageProject } from '../../../src/store/linkage/linkage-projects-repo';
import { rect } from '../fixtures';
import { linkageFixture, lonLatRect, VILLAGE, X0, Y0 } from './linkage-fixture';

const ogrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('linkage projects and parcels in the project file', () => {
  it('refuses a second project with the same code and a village the file does not know', () => {
    const { project } = linkageFixture();
    const base = { name: 'x', countyCode: '371722', townships: ['谢集镇'], approvalDoc: null, startDate: '2025-01-01', deadline: '2026-01-01', status: 'planning' as const };
    expect(() => createLinkageProject(project, { ...base, code: 'GG-2025-01', villageCodes: [] }, 't')).toThrow(/GG-2025-01 已存在/);
    expect(() => createLinkageProject(project, { ...base, code: 'GG-2', villageCodes: ['371722104999'] }, 't')).toThrow(LinkageError);
    expect(project.db.prepare(`SELECT count(*) AS n FROM linkage_projects`).get()).toEqual({ n: 1 });
  });

  it('records a village meeting resolution and refuses one for a village outside the project', () => {
    const { project, linkage } = linkageFixture();
    const updated = updateLinkageProject(project, linkage.id, { resolutions: [{ villageCode: VILLAGE, resolution: { docNo: '王桥村民会议决议〔2025〕1号', date: '2025-03-01' } }] }, 't');
    expect(updated.villages).toEqual([{ code: VILLAGE, name: '王桥村', countyCode: '371722', resolution: { docNo: '王桥村民会议决议〔2025〕1号', date: '2025-03-01' } }]);
    expect(() => updateLinkageProject(project, linkage.id, { resolutions: [{ villageCode: '371722104002', resolution: null }] }, 't')).toThrow(/不属于项目/);
  });

  it('copies homesteads as 0702 demolition parcels with their household and ellipsoidal area', () => {
    const { project, linkage, homesteadIds, householdId } = linkageFixture();
    const added = addDemolitionFromHomesteads(project, linkage.id, homesteadIds, { targetClass: '0103', scheduledOn: null }, 't');
    expect(added.map((p) => [p.code, p.landClassBefore, p.targetClass, p.householdId])).toEqual([
      [`${VILLAGE}ZJD0001`, '0702', '0103', householdId],
      [`${VILLAGE}ZJD0002`, '0702', '0103', null],
    ]);
    const expected = ellipsoidalArea({ type: 'Polygon', coordinates: rect(X0 + 100, Y0, 20, 15) }, 4527);
    expect(added[0]!.areas.ellipsoidM2).toBe(expected);
    expect(added[0]!.areas.planarM2).toBeCloseTo(300, 6);
    expect(() => addDemolitionFromHomesteads(project, linkage.id, [homesteadIds[0]!], { targetClass: '0103', scheduledOn: null }, 't')).toThrow(/已存在/);
  });

  it('stores a drawn construction parcel in the project CRS and measures the cultivated land it takes', () => {
    const { project, linkage } = linkageFixture();
    const parcel = addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, lonLatRect(X0 + 20, Y0 + 50, 40, 30), cultivatedOverlay(project), 't');
    expect(parcel.areas.planarM2).toBeCloseTo(1200, 3);
    // All 1200 m² lie on the graded 0103 strips 2 and 3 (grade 5).
    expect(parcel.occupiedCultivatedM2).toBeCloseTo(parcel.areas.ellipsoidM2, 3);
    expect(parcel.cultivatedGrade).toBeCloseTo(5, 12);
  });

  it('sums demolition and construction before rounding to 亩 and 公顷', () => {
    const { project, linkage, homesteadIds } = linkageFixture();
    addDemolitionFromHomesteads(project, linkage.id, homesteadIds, { targetClass: '0103', scheduledOn: null }, 't');
    addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, lonLatRect(X0 + 20, Y0 + 50, 10, 10), cultivatedOverlay(project), 't');
    const parcels = listLinkageParcels(project, linkage.id);
    const balance = linkageBalance(parcels);
    const d = parcels.demolition[0]!.areas.ellipsoidM2 + parcels.demolition[1]!.areas.ellipsoidM2;
    expect(balance.demolition).toEqual({ m2: d, mu: roundHalfUp(m2ToMu(d), 2), ha: roundHalfUp(d / 10000, 4), parcels: 2 });
    expect(balance.balance.m2).toBe(d - parcels.construction[0]!.areas.ellipsoidM2);
    expect(balance.balance.mu).toBe(roundHalfUp(m2ToMu(balance.balance.m2), 2));
  });

  it('overlays construction with basic farmland and parcels with the boundary and each other', () => {
    const { project, linkage, homesteadIds } = linkageFixture();
    const [d1] = addDemolitionFromHomesteads(project, linkage.id, homesteadIds, { targetClass: '0103', scheduledOn: null }, 't');
    const c = addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, lonLatRect(X0 + 20, Y0 + 50, 40, 30), cultivatedOverlay(project), 't');
    addDemolitionParcel(project, linkage.id, { code: 'CJ-X', villageCode: VILLAGE, landClassBefore: '0702', targetClass: '0103', targetJustification: '', gradeBefore: null, gradeAfter: null, households: 0, buildingsM2: 0, scheduledOn: null, proposedBasicFarmland: false }, lonLatRect(X0 + 110, Y0, 5, 5), 't');
    setProjectArea(project, linkage.id, '项目区', lonLatRect(X0, Y0, 130, 100), 't');
    const o = projectOverlays(project, linkage.id);
    // Farmland JBNT-001 covers x0…x0+40: 20 × 30 m of the construction parcel.
    expect(o.basicFarmland.get(c.id)!.areaM2).toBeCloseTo(600, 0);
    expect(o.basicFarmland.get(c.id)!.byFeature.map((f) => f.id)).toEqual(['JBNT-001']);
    // The second homestead runs 10 m past the boundary at x0+130.
    expect(o.outsideM2.get(`D${d1!.id + 1}`)).toBeCloseTo(150, 0);
    expect(o.outsideM2.get(`D${d1!.id}`)).toBe(0);
    expect(o.overlaps).toHaveLength(1);
    expect(o.overlaps[0]!.areaM2).toBeCloseTo(25, 1);
  });

  it('removes a parcel and refuses an unknown one', () => {
    const { project, linkage, homesteadIds } = linkageFixture();
    const [d] = addDemolitionFromHomesteads(project, linkage.id, homesteadIds.slice(0, 1), { targetClass: null, scheduledOn: null }, 't');
    removeLinkageParcel(project, 'demolition', d!.id, 't');
    expect(listLinkageParcels(project, linkage.id).demolition).toEqual([]);
    expect(() => removeLinkageParcel(project, 'demolition', d!.id, 't')).toThrow(/不存在/);
  });

  it.skipIf(!ogrinfo)('writes parcels GDAL reads as a GeoPackage layer with the same areas', () => {
    const { file, project, linkage, homesteadIds } = linkageFixture();
    addDemolitionFromHomesteads(project, linkage.id, homesteadIds, { targetClass: '0103', scheduledOn: null }, 't');
    project.close();
    const out = execFileSync('ogrinfo', ['-ro', '-al', '-so', file, 'linkage_demolition'], { encoding: 'utf8' });
    expect(out).toMatch(/Feature Count: 2/);
    expect(out).toMatch(/Geometry: Multi Polygon/);
    expect(out).toMatch(/ellipsoid_area_m2: Real/);
  });
});
