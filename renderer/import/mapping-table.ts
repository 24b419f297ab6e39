import { REQUIRED_FIELDS, TARGET_FIELDS, type FieldMapping, type ImportTarget, type LandLinkField } from '../../src/domain/field-mapping';
import type { Inspection } from '../../src/api/methods/import';

/** One row of the field-mapping table: a LandLink field, the source field feeding it, and what that field holds. */
export interface MappingRow {
  field: LandLinkField;
  source: string | null;
  samples: string[];
  required: boolean;
  /** Required and not mapped: the import cannot start. */
  missing: boolean;
  /** The same source field also feeds another LandLink field. */
  shared: boolean;
}

export function mappingRows(target: ImportTarget, mapping: FieldMapping, sourceFields: Inspection['fields']): MappingRow[] {
  const samples = new Map(sourceFields.map((f) => [f.name, f.samples]));
  const fields = TARGET_FIELDS[target] as readonly LandLinkField[];
  const uses = new Map<string, number>();
  for (const field of fields) {
    const source = mapping.fields[field];
    if (source) uses.set(source, (uses.get(source) ?? 0) + 1);
  }
  return fields.map((field) => {
    const source = mapping.fields[field] ?? null;
    const required = REQUIRED_FIELDS[target].includes(field);
    return {
      field,
      source,
      samples: source ? (samples.get(source) ?? []) : [],
      required,
      missing: required && source === null,
      shared: source !== null && (uses.get(source) ?? 0) > 1,
    };
  });
}

/** The mapping with one LandLink field fed by `source` (null unmaps it); a source not in the file is refused. */
export function withSource(mapping: FieldMapping, field: LandLinkField, source: string | null, sourceFields: Inspection['fields']): FieldMapping {
  if (source !== null && !sourceFields.some((f) => f.name === source)) throw new Error(`no field ${source} in the source`);
  return { ...mapping, fields: { ...mapping.fields, [field]: source } };
}

/** Keeps only the fields the target takes, so a mapping made for another target sends nothing stray. */
export function mappingForTarget(target: ImportTarget, mapping: FieldMapping): FieldMapping {
  const fields: FieldMapping['fields'] = {};
  for (const field of TARGET_FIELDS[target]) fields[field] = mapping.fields[field] ?? null;
  return { ...mapping, fields };
}

export const canStart = (rows: readonly MappingRow[]): boolean => !rows.some((r) => r.missing);
