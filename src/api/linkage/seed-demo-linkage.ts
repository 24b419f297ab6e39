import {
  communitySite,
  DEMO_LINKAGE_PROJECT as P,
  DEMO_SCENARIOS,
  demoConsent,
  demoFloorAreas,
  demoQuotaEvents,
} from '../../../resources/demo/linkage';
import { ScenarioSchema } from '../../domain/linkage/relocation/scenario';
import { toLonLatConverter } from '../../geo/crs';
import { addLinkageHouseholds } from '../../store/linkage/linkage-households-repo';
import { cultivatedOverlay } from '../../store/linkage/linkage-overlays';
import { linkagePolicy } from '../../store/linkage/linkage-parameters-repo';
import { addConstructionParcel, addDemolitionFromHomesteads, mapGeometry, setProjectArea } from '../../store/linkage/linkage-parcels-repo';
import { createLinkageProject, updateLinkageProject } from '../../store/linkage/linkage-projects-repo';
import { saveScenario } from '../../store/linkage/linkage-scenarios-repo';
import { recordQuotaEvent } from '../../store/linkage/quota-ledger-repo';
import type { AreaGeometry } from '../../domain/geometry';
import type { Project } from '../../store/project';

type Box = { minx: number; maxx: number; miny: number; maxy: number };

/** The 项目区 as one padded rectangle per village's homesteads and one around the new community (project CRS). */
function projectAreaOf(villageBoxes: readonly Box[], site: AreaGeometry, padM: number): AreaGeometry {
  const ring = (site.type === 'Polygon' ? site.coordinates : site.coordinates[0]!)[0]!;
  const siteBox = { minx: Math.min(...ring.map((c) => c[0]!)), maxx: Math.max(...ring.map((c) => c[0]!)), miny: Math.min(...ring.map((c) => c[1]!)), maxy: Math.max(...ring.map((c) => c[1]!)) };
  const rect = (b: Box): [number, number][][] => [[[b.minx - padM, b.miny - padM], [b.maxx + padM, b.miny - padM], [b.maxx + padM, b.maxy + padM], [b.minx - padM, b.maxy + padM], [b.minx - padM, b.miny - padM]]];
  return { type: 'MultiPolygon', coordinates: [...villageBoxes, siteBox].map(rect) };
}

/**
 * Writes the demo's linkage project into a freshly generated demo project: the homesteads of both
 * villages as demolition parcels, the new community as the construction parcel, the households with
 * their consent, the quota ledger and two scenarios. Deterministic: everything follows from the demo data.
 */
export function seedDemoLinkage(project: Project, actor: string): void {
  const db = project.db;
  const villages = db.prepare(`SELECT code, name FROM villages WHERE name IN (${P.villageNames.map(() => '?').join(',')}) ORDER BY code`).all(...P.villageNames) as {
    code: string;
    name: string;
  }[];
  const linkage = createLinkageProject(
    project,
    { code: P.code, name: P.name, countyCode: P.countyCode, townships: P.townships, approvalDoc: P.approvalDoc, startDate: P.startDate, deadline: P.deadline, status: P.status, villageCodes: villages.map((v) => v.code) },
    actor,
  );
  updateLinkageProject(project, linkage.id, { resolutions: villages.map((v) => ({ villageCode: v.code, resolution: P.resolution(v.name) })) }, actor);

  const homesteads = db
    .prepare(
      `SELECT h.fid, h.household_id, h.ellipsoid_area_m2 FROM homesteads h JOIN village_groups g ON g.code = h.group_code
       WHERE g.village_code IN (${villages.map(() => '?').join(',')}) ORDER BY h.code`,
    )
    .all(...villages.map((v) => v.code)) as { fid: number; household_id: number | null; ellipsoid_area_m2: number }[];
  const demolition = addDemolitionFromHomesteads(project, linkage.id, homesteads.map((h) => h.fid), { targetClass: '0103', scheduledOn: P.demolitionScheduledOn }, actor);
  const demolitionM2 = demolition.reduce((s, d) => s + d.areas.ellipsoidM2, 0);

  const toLonLat = toLonLatConverter(project.meta.srsId);
  const site = mapGeometry(communitySite(demolitionM2), toLonLat);
  const community = addConstructionParcel(project, linkage.id, { code: 'JX-01', use: 'resettlement', landClassBefore: '1206' }, site, cultivatedOverlay(project), actor);
  const villageBox = db.prepare(
    `SELECT min(r.minx) AS minx, max(r.maxx) AS maxx, min(r.miny) AS miny, max(r.maxy) AS maxy
       FROM homesteads h JOIN rtree_homesteads_geom r ON r.id = h.fid JOIN village_groups g ON g.code = h.group_code WHERE g.village_code = ?`,
  );
  const boxes = villages.map((v) => villageBox.get(v.code) as Box);
  setProjectArea(project, linkage.id, P.areaName, mapGeometry(projectAreaOf(boxes, communitySite(demolitionM2), P.areaPadM), toLonLat), actor);

  const member = db.prepare(`SELECT name, relation, birth_date AS birthDate, id_number AS idNumber FROM household_members WHERE household_id = ? ORDER BY id`);
  const household = db.prepare(
    `SELECT h.code, h.head_name, v.name AS village FROM households h JOIN village_groups g ON g.code = h.group_code JOIN villages v ON v.code = g.village_code WHERE h.id = ?`,
  );
  const occupied = homesteads.filter((h) => h.household_id !== null);
  addLinkageHouseholds(
    project,
    linkage.id,
    occupied.map((h, i) => {
      const row = household.get(h.household_id) as { code: string; head_name: string; village: string };
      return {
        householdId: h.household_id,
        code: row.code,
        headName: row.head_name,
        villageName: row.village,
        members: member.all(h.household_id) as { name: string; relation: string; birthDate: string; idNumber: string }[],
        homesteadM2: h.ellipsoid_area_m2,
        floorAreaM2: demoFloorAreas(i),
        consent: demoConsent(i),
      };
    }),
    actor,
  );

  for (const event of demoQuotaEvents({ demolitionM2, constructionM2: community.areas.ellipsoidM2 })) {
    recordQuotaEvent(project, linkage.id, event, linkagePolicy(db, event.date).ledger, actor);
  }
  for (const { scenario, chosen } of DEMO_SCENARIOS) saveScenario(project, linkage.id, ScenarioSchema.parse(scenario), chosen, actor);
}
