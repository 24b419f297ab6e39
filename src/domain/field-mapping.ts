import { z } from 'zod';
import { MAX_NAME_LENGTH } from './input-limits';

/**
 * The LandLink fields an imported layer can fill, per target layer, and how source attribute names are
 * guessed for them. The guesses cover the field names of the contract-rights database standard
 * (NY/T 2539-2016: DKBM, DKMC, CBFBM, HTMJ, DLBM, …) and their Chinese labels.
 */

export const ImportTargetSchema = z.enum(['parcels', 'homesteads', 'farmland']);
export type ImportTarget = z.infer<typeof ImportTargetSchema>;

export const TARGET_FIELDS = {
  parcels: ['code', 'name', 'householdCode', 'contractCode', 'registeredArea', 'landClass', 'qualityGrade', 'villageName', 'townName', 'countyName'],
  homesteads: ['code', 'householdCode', 'registeredArea', 'villageName', 'townName', 'countyName'],
  farmland: ['code'],
} as const satisfies Record<ImportTarget, readonly string[]>;

export const LandLinkFieldSchema = z.enum([
  'code', 'name', 'householdCode', 'contractCode', 'registeredArea', 'landClass', 'qualityGrade', 'villageName', 'townName', 'countyName',
]);
export type LandLinkField = z.infer<typeof LandLinkFieldSchema>;

/** Fields a target cannot do without. */
export const REQUIRED_FIELDS: Record<ImportTarget, readonly LandLinkField[]> = { parcels: ['code'], homesteads: ['code'], farmland: [] };

/** Source field per LandLink field (null = not mapped), plus the unit of the registered area. */
export const FieldMappingSchema = z.object({
  fields: z.partialRecord(LandLinkFieldSchema, z.string().min(1).max(MAX_NAME_LENGTH).nullable()),
  registeredAreaUnit: z.enum(['m2', 'mu']).default('mu'),
});
export type FieldMapping = z.infer<typeof FieldMappingSchema>;

const GUESSES: Record<LandLinkField, readonly string[]> = {
  code: ['dkbm', '地块代码', '地块编码', '地块编号', 'code', 'parcel_code', 'zdbm', 'bsm_dk'],
  name: ['dkmc', '地块名称', 'name', 'parcel_name'],
  householdCode: ['cbfbm', '承包方代码', '承包方编码', 'household_code', 'household'],
  contractCode: ['cbhtbm', 'htbm', '承包合同代码', '承包合同编码', '合同编码', 'contract_code'],
  registeredArea: ['htmj', 'htmjm', '合同面积', '确权面积', 'registered_area_mu', 'registered_area_m2'],
  landClass: ['dlbm', '地类编码', '地类代码', 'land_class', 'tdlylx'],
  qualityGrade: ['dldj', '地力等级', '质量等级', '耕地质量等级', 'quality_grade'],
  villageName: ['cmc', 'cm', '村名', '村名称', '村', 'village', 'village_name', 'fbfmc', '发包方名称'],
  townName: ['xzmc', '乡镇', '乡镇名称', 'town', 'town_name'],
  countyName: ['xmc', '县', '县名称', 'county', 'county_name'],
};

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, '_');

/**
 * True when a DBF field name is a longer name cut to the format's 10 bytes, as GDAL and ArcGIS write
 * `registered_area_m2` as `registered`: the long name is recognised from its first 10 characters.
 */
export const isTruncationOf = (short: string, long: string): boolean =>
  short.length === 10 && long.length > 10 && norm(long).startsWith(norm(short));

/** A first mapping from the source field names; the user confirms or corrects it. */
export function guessMapping(target: ImportTarget, sourceFields: readonly string[]): FieldMapping {
  const byNorm = new Map(sourceFields.map((f) => [norm(f), f]));
  const fields: FieldMapping['fields'] = {};
  // The name each mapped field was recognised by: a cut `registered` still means `registered_area_m2`.
  const recognisedAs = new Map<LandLinkField, string>();
  for (const field of TARGET_FIELDS[target]) {
    const exact = GUESSES[field].find((g) => byNorm.has(norm(g)));
    const cut = exact === undefined ? GUESSES[field].find((g) => sourceFields.some((f) => isTruncationOf(f, g))) : undefined;
    const source = exact !== undefined ? byNorm.get(norm(exact))! : cut !== undefined ? sourceFields.find((f) => isTruncationOf(f, cut))! : null;
    fields[field] = source;
    if (source) recognisedAs.set(field, exact ?? cut!);
  }
  const areaName = `${fields.registeredArea ?? ''} ${recognisedAs.get('registeredArea') ?? ''}`;
  return { fields, registeredAreaUnit: /m2\b|m2$|平方米/i.test(areaName) ? 'm2' : 'mu' };
}

/** A source layout is its sorted field names: the same layout gets the mapping it was given last time. */
export const layoutSignature = (target: ImportTarget, sourceFields: readonly string[]): string =>
  `${target}|${[...sourceFields].sort().join('|')}`;
