import { projectBalance } from '../domain/linkage/quota-ledger';
import { auditChainHead } from './audit';
import { contractSummaries } from './contracts/contract-summary';
import { areaFigures, linkageBalance } from './linkage/linkage-balance';
import { listLinkageParcels } from './linkage/linkage-parcels-repo';
import { listLinkageProjects } from './linkage/linkage-projects-repo';
import { allLedgers } from './linkage/quota-ledger-repo';
import { parcelExtent } from './layers-repo';
import type { Project } from './project';

interface Totals { count: number; registeredM2: number; ellipsoidM2: number; planarM2: number }

/** Counts and area totals; areas are summed in m² at full precision and rounded only for display. */
export function projectInfo(project: Project) {
  const db = project.db;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const totals = (table: string, where = ''): Totals => {
    const registered = table === 'parcels' || table === 'homesteads' ? 'total(registered_area_m2)' : '0';
    return db
      .prepare(
        `SELECT count(*) AS count, ${registered} AS registeredM2, total(ellipsoid_area_m2) AS ellipsoidM2,
                total(planar_area_m2) AS planarM2 FROM "${table}" ${where}`,
      )
      .get() as Totals;
  };
  return {
    file: project.file,
    name: project.meta.name,
    synthetic: project.meta.synthetic,
    schemaVersion: project.schemaVersion,
    srsId: project.meta.srsId,
    now: project.now(),
    today: project.today(),
    extent: parcelExtent(project),
    auditHead: auditChainHead(project.db),
    counts: {
      villages: count('villages'),
      groups: count('village_groups'),
      households: count('households'),
      members: count('household_members'),
      parcels: count('parcels'),
      homesteads: count('homesteads'),
      basicFarmland: count('basic_farmland'),
      linearFeatures: count('linear_features'),
    },
    areas: {
      parcels: totals('parcels'),
      homesteads: totals('homesteads'),
      basicFarmland: totals('basic_farmland'),
      parcelsOnBasicFarmland: totals('parcels', 'WHERE basic_farmland = 1'),
    },
    contracts: contractSummaries(project, project.today()).map((c) => ({
      id: c.id,
      number: c.number,
      status: c.status,
      mode: c.mode,
      transferee: c.transferee.name,
      areaMu: c.areaMu,
      areaM2: c.areaM2,
      households: c.households,
    })),
    linkageProjects: linkageProjects(project),
  };
}

/** Linkage projects with their area balance and confirmed and still-available surplus quota. */
function linkageProjects(project: Project) {
  const ledgers = allLedgers(project.db);
  return listLinkageProjects(project).map((p) => {
    const quota = projectBalance(ledgers.get(p.id) ?? []);
    return {
      code: p.code,
      name: p.name,
      status: p.status,
      balance: linkageBalance(listLinkageParcels(project, p.id)),
      surplusConfirmed: areaFigures(quota.surplusConfirmedM2),
      surplusAvailable: areaFigures(quota.surplusAvailableM2),
    };
  });
}
