import type Database from 'better-sqlite3';
import type { AreaGeometry } from '../domain/geometry';
import { ProjectDataSchema, type ProjectData } from '../domain/project-data';
import { encodeGeometry } from './gpkg/geometry-blob';
import { farmlandTest, featureAreas } from './feature-areas';
import { refreshExtent } from './gpkg/core';
import { LAYER_TABLES } from './layers-repo';
import type { Project } from './project';

export interface WriteSummary {
  villages: number;
  households: number;
  members: number;
  parcels: number;
  homesteads: number;
  farmland: number;
  linearFeatures: number;
}

/** Writes a whole dataset in one transaction: all of it lands, or none of it. */
export function writeProjectData(project: Project, raw: unknown, actor: string, action = 'import'): WriteSummary {
  const data: ProjectData = ProjectDataSchema.parse(raw);
  if (data.srsId !== project.meta.srsId) {
    throw new Error(`data is in EPSG:${data.srsId} but the project is in EPSG:${project.meta.srsId}`);
  }
  const srs = data.srsId;
  return project.write(actor, ({ db, audit }) => {
    const insVillage = db.prepare(`INSERT INTO villages VALUES (?, ?, ?, ?, ?)`);
    const insGroup = db.prepare(`INSERT INTO village_groups VALUES (?, ?, ?)`);
    for (const v of data.villages) {
      insVillage.run(v.code, v.name, v.townName, v.countyName, v.secondRoundEnd);
      for (const g of v.groups) insGroup.run(g.code, v.code, g.name);
    }
    const insHousehold = db.prepare(
      `INSERT INTO households (code, contract_code, head_name, group_code, address, phone, contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insMember = db.prepare(
      `INSERT INTO household_members (household_id, name, id_number, sex, relation, birth_date) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    let members = 0;
    for (const h of data.households) {
      const id = insHousehold.run(h.code, h.contractCode, h.headName, h.groupCode, h.address, h.phone, h.contractStart, h.contractEnd).lastInsertRowid;
      for (const m of h.members) (insMember.run(id, m.name, m.idNumber, m.sex, m.relation, m.birthDate), members++);
    }
    const householdId = householdLookup(db);
    const areas = (g: AreaGeometry) => featureAreas(g, srs);

    const insFarmland = db.prepare(`INSERT INTO basic_farmland (geom, code, ellipsoid_area_m2, planar_area_m2) VALUES (?, ?, ?, ?)`);
    for (const f of data.farmland) insFarmland.run(encodeGeometry(f.geometry, srs), f.code, ...areas(f.geometry));

    const onFarmland = farmlandTest(db);
    const insParcel = db.prepare(
      `INSERT INTO parcels (geom, code, name, household_id, contract_code, group_code, land_class, quality_grade, basic_farmland,
         registered_area_m2, ellipsoid_area_m2, planar_area_m2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const seen = new Set<string>();
    data.parcels.forEach((p, i) => {
      // Codes are not UNIQUE in the table (imports may carry repeats for the checks to show), but a
      // dataset written whole must not.
      if (seen.has(p.code)) throw new Error(`parcels[${i}] (地块代码 ${p.code}): duplicate 地块代码`);
      seen.add(p.code);
      try {
        insParcel.run(encodeGeometry(p.geometry, srs), p.code, p.name, householdId(p.householdCode), p.contractCode, p.groupCode,
          p.landClass, p.qualityGrade, onFarmland(p.geometry) ? 1 : 0, p.registeredAreaM2, ...areas(p.geometry));
      } catch (err) {
        throw new Error(`parcels[${i}] (地块代码 ${p.code}): ${(err as Error).message}`);
      }
    });
    const insHomestead = db.prepare(
      `INSERT INTO homesteads (geom, code, household_id, group_code, registered_area_m2, ellipsoid_area_m2, planar_area_m2) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const h of data.homesteads) {
      insHomestead.run(encodeGeometry(h.geometry, srs), h.code, householdId(h.householdCode), h.groupCode, h.registeredAreaM2, ...areas(h.geometry));
    }
    const insLinear = db.prepare(
      `INSERT INTO linear_features (geom, kind, name, land_class, ellipsoid_area_m2, planar_area_m2) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const l of data.linearFeatures) insLinear.run(encodeGeometry(l.geometry, srs), l.kind, l.name, l.landClass, ...areas(l.geometry));

    for (const t of LAYER_TABLES) refreshExtent(db, t);
    const summary: WriteSummary = {
      villages: data.villages.length,
      households: data.households.length,
      members,
      parcels: data.parcels.length,
      homesteads: data.homesteads.length,
      farmland: data.farmland.length,
      linearFeatures: data.linearFeatures.length,
    };
    audit({ action, entity: 'project', entityId: null, after: summary });
    return summary;
  });
}

function householdLookup(db: Database.Database): (code: string | null) => number | null {
  const stmt = db.prepare(`SELECT id FROM households WHERE code = ?`);
  return (code) => {
    if (code === null) return null;
    const row = stmt.get(code) as { id: number } | undefined;
    if (!row) throw new Error(`承包方代码 ${code} is not a known household`);
    return row.id;
  };
}
