import { basename, extname } from 'node:path';
import { z } from 'zod';
import { parseFormat, type TileFormat } from './tile-format';

const Zoom = z.number().int().min(0).max(30);

/** What LandLink takes from an MBTiles file's `metadata` table, with gaps filled from the tiles. */
export const MbtilesMetadataSchema = z.object({
  name: z.string().min(1),
  format: z.enum(['png', 'jpg', 'webp', 'pbf']),
  kind: z.enum(['raster', 'vector']),
  minZoom: Zoom,
  maxZoom: Zoom,
  /** [west, south, east, north] in WGS84 degrees, or null when absent or unreadable. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  attribution: z.string().nullable(),
  description: z.string().nullable(),
  /** The `json` row (vector_layers, tilestats) parsed; null when absent or not a JSON object. */
  json: z.record(z.string(), z.unknown()).nullable(),
});
export type MbtilesMetadata = z.infer<typeof MbtilesMetadataSchema>;

/** Facts read from the tiles themselves, used where the metadata is silent. */
export interface TileFacts {
  minZoom: number;
  maxZoom: number;
  firstTileFormat: TileFormat;
}

function parseZoom(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  const zoom = Number(value);
  return zoom <= 30 ? zoom : null;
}

function parseBounds(value: string | undefined): MbtilesMetadata['bounds'] {
  const parts = value?.split(',').map((p) => Number(p.trim()));
  if (parts?.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null;
  const [w, s, e, n] = parts as [number, number, number, number];
  const inRange = [w, e].every((x) => x >= -180 && x <= 180) && [s, n].every((y) => y >= -90 && y <= 90) && s < n;
  return inRange ? [w, s, e, n] : null;
}

function parseJson(value: string | undefined): MbtilesMetadata['json'] {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Interprets the metadata rows of `file`; `facts` fills zoom range and format when the rows omit them. */
export function readMetadata(file: string, rows: Map<string, string>, facts: TileFacts): MbtilesMetadata {
  const format = parseFormat(rows.get('format')) ?? facts.firstTileFormat;
  let minZoom = parseZoom(rows.get('minzoom')) ?? facts.minZoom;
  let maxZoom = parseZoom(rows.get('maxzoom')) ?? facts.maxZoom;
  if (minZoom > maxZoom) [minZoom, maxZoom] = [facts.minZoom, facts.maxZoom];
  return MbtilesMetadataSchema.parse({
    name: text(rows.get('name')) ?? basename(file, extname(file)),
    format,
    kind: format === 'pbf' ? 'vector' : 'raster',
    minZoom,
    maxZoom,
    bounds: parseBounds(rows.get('bounds')),
    attribution: text(rows.get('attribution')),
    description: text(rows.get('description')),
    json: parseJson(rows.get('json')),
  });
}
