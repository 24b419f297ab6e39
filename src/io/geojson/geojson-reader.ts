import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { samplePositions } from '../axis-order';
import type { AttributeValue, ReadOptions, SourceFeature, SourceLayer, SourceProblem } from '../source-layer';
import { inferFields } from '../field-inference';
import { areaGeometry } from '../area-geometry';
import { crsFromCoordinates, crsFromMember } from './geojson-crs';
import { applyAxisOrder, chooseCrs } from '../source-crs';

const GeometrySchema = z.object({ type: z.string(), coordinates: z.unknown() });
const FeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: GeometrySchema.nullable(),
  properties: z.record(z.string(), z.unknown()).nullish(),
});
const TopSchema = z.looseObject({ type: z.string(), crs: z.unknown().optional(), name: z.string().optional() });
const CollectionSchema = z.object({ features: z.array(z.unknown()) });

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]!;
  return issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message;
};

/** Nested objects and arrays become JSON text: attribute tables hold flat values only. */
function attributeValue(v: unknown): AttributeValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/**
 * Reads a GeoJSON FeatureCollection, single Feature or bare geometry. Records are feature index + 1;
 * a feature without a usable polygon keeps its place with `geometry: null` and a problem.
 */
export function readGeoJson(text: string, file: string, opts: ReadOptions = {}): SourceLayer {
  const problems: SourceProblem[] = [];
  const layer: SourceLayer = {
    file,
    name: basename(file, extname(file)),
    format: 'geojson',
    fields: [],
    crs: { srsId: null, how: 'geojson', detail: '', swapped: false },
    encoding: { label: 'utf-8', how: 'format', detail: 'GeoJSON 规定为 UTF-8' },
    features: [],
    problems,
  };
  const fatal = (reason: string) => (problems.push({ file, record: null, reason, fatal: true }), layer);

  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fatal(`不是有效的 JSON（${(err as Error).message}）`);
  }
  const top = TopSchema.safeParse(json);
  if (!top.success) return fatal(`不是 GeoJSON 对象（${firstIssue(top.error)}）`);
  if (top.data.name) layer.name = top.data.name;

  let items: unknown[];
  if (top.data.type === 'FeatureCollection') {
    const fc = CollectionSchema.safeParse(json);
    if (!fc.success) return fatal(`FeatureCollection 的 features 不是数组（${firstIssue(fc.error)}）`);
    items = fc.data.features;
  } else if (top.data.type === 'Feature') items = [json];
  else items = [{ type: 'Feature', geometry: json, properties: {} }];

  const rows: Record<string, AttributeValue>[] = [];
  for (const [i, item] of items.entries()) {
    const record = i + 1;
    const attrs: Record<string, AttributeValue> = {};
    rows.push(attrs);
    const feature: SourceFeature = { record, geometry: null, attrs };
    layer.features.push(feature);
    const parsed = FeatureSchema.safeParse(item);
    if (!parsed.success) {
      problems.push({ file, record, reason: `第 ${record} 个要素格式不对（${firstIssue(parsed.error)}）`, fatal: false });
      continue;
    }
    for (const [k, v] of Object.entries(parsed.data.properties ?? {})) attrs[k] = attributeValue(v);
    const g = parsed.data.geometry;
    const geometry = g ? areaGeometry(g.type, g.coordinates) : '空几何（geometry 为 null）';
    if (typeof geometry === 'string') problems.push({ file, record, reason: `第 ${record} 个要素：${geometry}`, fatal: false });
    else feature.geometry = geometry;
  }
  layer.fields = inferFields(rows);

  const swapped = applyAxisOrder(layer.features, opts);
  let found = crsFromMember(top.data.crs);
  if (top.data.crs === undefined || top.data.crs === null) {
    const positions = layer.features.slice(0, 50).flatMap((f) => (f.geometry ? samplePositions(f.geometry.coordinates, 8) : []));
    found = crsFromCoordinates(found, positions);
  }
  const chosen = chooseCrs(found, opts, file);
  layer.crs = { ...chosen.crs, swapped };
  problems.unshift(...chosen.problems);
  return layer;
}

export async function readGeoJsonFromPath(path: string, opts: ReadOptions = {}): Promise<SourceLayer> {
  return readGeoJson(await readFile(path, 'utf8'), path, opts);
}
