import { z } from 'zod';
import { AREA_LIMIT_KINDS, AreaLimitMuSchema, areaLimitKey } from '../domain/area-limits';
import { CasePolicySchema } from '../domain/case/case-facts';
import { TrusteeshipPriceListSchema } from '../domain/case/case-records';
import { CalendarDateSchema } from '../domain/calendar/calendar-date';
import { CheckTolerancesSchema } from '../domain/check-report';
import { ContractDraftSchema } from '../domain/contract/contract-draft';
import { ContractPolicySchema } from '../domain/contract/contract-facts';
import { parsePattern } from '../domain/contract/contract-number';
import { AttributePolicySchema } from '../domain/edit-policy';
import { LinkagePolicySchema } from '../domain/linkage/linkage-facts';
import { LinkageParametersSchema } from '../domain/linkage/parameters/linkage-parameters';

/**
 * The value schema of every dated setting a project stores, by key, taken from the domain's schemas of
 * what reads the setting. `putSetting` refuses a value that does not fit, so a setting that would break
 * its readers (a fractional year, a negative cap, a date that does not exist) never reaches the file.
 * The same rule holds for any other store: the key decides the schema.
 */

const NumberPatternSchema = z.string().refine((p) => {
  try {
    parsePattern(p);
    return true;
  } catch {
    return false;
  }
}, 'not a contract number pattern');

const EXACT: Record<string, z.ZodType> = {
  'contract.numberPattern': NumberPatternSchema,
  'contract.defaultRentYuanPerMu': z.number().positive().finite(),
  'contract.defaultPenalties': ContractDraftSchema.shape.penalties,
  'edit.attributePolicy': AttributePolicySchema,
  'edit.snapToleranceM': z.number().positive().max(10),
  'check.tolerances': CheckTolerancesSchema.partial(),
  ...Object.fromEntries(AREA_LIMIT_KINDS.map((kind) => [areaLimitKey(kind), AreaLimitMuSchema])),
};

/** The schema inside defaults, optionals and arrays of dated values, down to the value itself. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { unwrap?: () => z.ZodType; element?: z.ZodType };
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as typeof s;
    else if (s instanceof z.ZodArray) s = s.element as typeof s;
    else return s;
  }
}

/** The value schema at a dotted path of an object schema whose leaves are dated values (`{value, effectiveFrom, source}`). */
function leafValue(root: z.ZodType, path: string): z.ZodType | null {
  let node: z.ZodType = root;
  for (const part of path.split('.')) {
    const o = unwrap(node);
    if (!(o instanceof z.ZodObject)) return null;
    const next = (o.shape as Record<string, z.ZodType>)[part];
    if (!next) return null;
    node = next;
  }
  const leaf = unwrap(node);
  return leaf instanceof z.ZodObject && 'value' in leaf.shape ? (leaf.shape as { value: z.ZodType }).value : null;
}

const PREFIXED: [string, (rest: string) => z.ZodType | null][] = [
  ['contract.policy.', (name) => leafValue(ContractPolicySchema, name)],
  ['contract.extendedEnd.', (village) => (/^\d{12}$/.test(village) ? CalendarDateSchema.nullable() : null)],
  ['case.policy.ltvCapByBank.', (bank) => (bank.length > 0 ? leafValue(CasePolicySchema, 'defaultLtvCap') : null)],
  ['case.policy.', (name) => leafValue(CasePolicySchema, name)],
  ['case.priceList.', (coop) => (coop.length > 0 ? TrusteeshipPriceListSchema.pick({ operations: true, fullPackageYuanPerMu: true }) : null)],
  ['linkage.param.', (path) => leafValue(LinkageParametersSchema, path)],
  ['linkage.policy.', (path) => (path === 'gradeDirection' ? unwrap(LinkagePolicySchema.shape.gradeDirection) : leafValue(LinkagePolicySchema, path))],
];

/** The schema a setting's value must fit, or null for a key no reader knows. */
export function settingValueSchema(key: string): z.ZodType | null {
  if (Object.hasOwn(EXACT, key)) return EXACT[key]!;
  for (const [prefix, of] of PREFIXED) if (key.startsWith(prefix)) return of(key.slice(prefix.length));
  return null;
}
