import { z } from 'zod';
import type { Project } from '../project';

/** Contracting households (承包方) as contracts need them: to pick 甲方 and to print their details. */

export const HouseholdSummarySchema = z.object({
  id: z.number().int().positive(),
  code: z.string(),
  contractCode: z.string(),
  headName: z.string(),
  /** The head's citizen ID (户主), null when the household has no member marked 户主. */
  headIdNumber: z.string().nullable(),
  address: z.string(),
  phone: z.string().nullable(),
  contractEnd: z.string(),
  groupCode: z.string(),
  groupName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townName: z.string(),
  countyName: z.string(),
  secondRoundEnd: z.string(),
  parcelCount: z.number().int(),
  /** Ellipsoidal area of the household's parcels, m². */
  areaM2: z.number(),
});
export type HouseholdSummary = z.infer<typeof HouseholdSummarySchema>;

/** A search hit carries its parcels, so the planner can add all of them to the selection at once. */
export const HouseholdHitSchema = HouseholdSummarySchema.extend({ parcelIds: z.array(z.number().int().positive()) });
export type HouseholdHit = z.infer<typeof HouseholdHitSchema>;

const SELECT = `
  SELECT h.id, h.code, h.contract_code AS contractCode, h.head_name AS headName,
         (SELECT m.id_number FROM household_members m WHERE m.household_id = h.id AND m.relation = '户主' ORDER BY m.id LIMIT 1) AS headIdNumber,
         h.address, h.phone, h.contract_end AS contractEnd, g.code AS groupCode, g.name AS groupName,
         v.code AS villageCode, v.name AS villageName, v.town_name AS townName, v.county_name AS countyName,
         v.second_round_end AS secondRoundEnd,
         (SELECT count(*) FROM parcels p WHERE p.household_id = h.id) AS parcelCount,
         (SELECT total(p.ellipsoid_area_m2) FROM parcels p WHERE p.household_id = h.id) AS areaM2
  FROM households h JOIN village_groups g ON g.code = h.group_code JOIN villages v ON v.code = g.village_code`;

export function householdsByIds(project: Project, ids: readonly number[]): HouseholdSummary[] {
  if (ids.length === 0) return [];
  const rows = project.db.prepare(`${SELECT} WHERE h.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as HouseholdSummary[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Households whose head, household code, contract code or village/group name contains `query`, each with its parcel ids. */
export function searchHouseholds(project: Project, query: string, limit = 50): HouseholdHit[] {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const hits = project.db
    .prepare(
      `${SELECT} WHERE h.head_name LIKE @q ESCAPE '\\' OR h.code LIKE @q ESCAPE '\\' OR h.contract_code LIKE @q ESCAPE '\\'
         OR v.name LIKE @q ESCAPE '\\' OR g.name LIKE @q ESCAPE '\\' OR EXISTS (
           SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.name LIKE @q ESCAPE '\\')
       ORDER BY h.code LIMIT @limit`,
    )
    .all({ q: like, limit }) as HouseholdSummary[];
  const parcels = project.db.prepare(`SELECT fid FROM parcels WHERE household_id = ? ORDER BY fid`).pluck();
  return hits.map((h) => ({ ...h, parcelIds: parcels.all(h.id) as number[] }));
}

/** The households holding the given parcels, in the order their parcels first appear, each with its parcel ids. */
export function householdsOfParcels(project: Project, parcelIds: readonly number[]): { household: HouseholdSummary; parcelIds: number[] }[] {
  const holder = project.db.prepare(`SELECT household_id AS h FROM parcels WHERE fid = ?`);
  const byHousehold = new Map<number, number[]>();
  for (const id of parcelIds) {
    const h = (holder.get(id) as { h: number | null } | undefined)?.h;
    if (h == null) continue;
    byHousehold.set(h, [...(byHousehold.get(h) ?? []), id]);
  }
  const households = householdsByIds(project, [...byHousehold.keys()]);
  return households.map((household) => ({ household, parcelIds: byHousehold.get(household.id)! }));
}
