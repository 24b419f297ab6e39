import type { AttributeValue, SourceField } from './source-layer';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type FieldType = SourceField['type'];

function kindOf(v: string | number | boolean): FieldType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return ISO_DATE.test(v) ? 'date' : 'string';
}

/** The narrowest type holding every non-null value; integers mixed with decimals are numbers, any other mix is text. */
export function inferFieldType(values: Iterable<AttributeValue>): FieldType {
  const kinds = new Set<FieldType>();
  for (const v of values) if (v !== null) kinds.add(kindOf(v));
  if (kinds.size === 1) return [...kinds][0]!;
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('number')) return 'number';
  return 'string';
}

/**
 * Fields for formats without a schema (GeoJSON, KML Data, spreadsheets): names in first-seen order,
 * types from the values. Rows are completed in place: a missing value becomes null, and values in
 * a mixed column become text, so every row has every field and every value matches its type.
 */
export function inferFields(rows: Record<string, AttributeValue>[], order: readonly string[] = []): SourceField[] {
  const names = new Set(order);
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  return [...names].map((name) => {
    const type = inferFieldType(rows.map((r) => r[name] ?? null));
    for (const row of rows) {
      const v = row[name];
      if (v === undefined) row[name] = null;
      else if (type === 'string' && v !== null && typeof v !== 'string') row[name] = String(v);
    }
    return { name, type };
  });
}
