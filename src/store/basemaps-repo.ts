import { z } from 'zod';
import type { Project } from './project';

/** A basemap recorded in the project: an MBTiles file on this PC, read in place and never copied. */
export const BasemapInfoSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  /** Absolute path of the .mbtiles file. */
  path: z.string(),
  kind: z.enum(['raster', 'vector']),
  tileFormat: z.string(),
  minZoom: z.number().int(),
  maxZoom: z.number().int(),
  /** [west, south, east, north] in WGS84 degrees. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  attribution: z.string().nullable(),
  addedAt: z.string(),
  /** The one basemap the map shows; at most one is selected. */
  selected: z.boolean(),
});
export type BasemapInfo = z.infer<typeof BasemapInfoSchema>;
export type NewBasemap = Omit<BasemapInfo, 'id' | 'addedAt' | 'selected'>;

interface Row {
  id: number;
  name: string;
  path: string;
  kind: 'raster' | 'vector';
  tile_format: string;
  min_zoom: number;
  max_zoom: number;
  bounds_json: string | null;
  attribution: string | null;
  added_at: string;
  selected: number;
}

const toInfo = (r: Row): BasemapInfo => ({
  id: r.id,
  name: r.name,
  path: r.path,
  kind: r.kind,
  tileFormat: r.tile_format,
  minZoom: r.min_zoom,
  maxZoom: r.max_zoom,
  bounds: r.bounds_json === null ? null : (JSON.parse(r.bounds_json) as BasemapInfo['bounds']),
  attribution: r.attribution,
  addedAt: r.added_at,
  selected: r.selected === 1,
});

export function listBasemaps(project: Project): BasemapInfo[] {
  return (project.db.prepare(`SELECT * FROM basemaps ORDER BY id`).all() as Row[]).map(toInfo);
}

export function getBasemap(project: Project, id: number): BasemapInfo | null {
  const row = project.db.prepare(`SELECT * FROM basemaps WHERE id = ?`).get(id) as Row | undefined;
  return row ? toInfo(row) : null;
}

export function findBasemapByPath(project: Project, path: string): BasemapInfo | null {
  const row = project.db.prepare(`SELECT * FROM basemaps WHERE path = ?`).get(path) as Row | undefined;
  return row ? toInfo(row) : null;
}

/** The file behind basemap `id`, for the tile handler; null when the project has no such basemap. */
export function basemapPath(project: Project, id: number): string | null {
  return (project.db.prepare(`SELECT path FROM basemaps WHERE id = ?`).pluck().get(id) as string | undefined) ?? null;
}

export function addBasemap(project: Project, basemap: NewBasemap, actor: string): BasemapInfo {
  return project.write(actor, ({ db, audit }) => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO basemaps (name, path, kind, tile_format, min_zoom, max_zoom, bounds_json, attribution, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        basemap.name,
        basemap.path,
        basemap.kind,
        basemap.tileFormat,
        basemap.minZoom,
        basemap.maxZoom,
        basemap.bounds === null ? null : JSON.stringify(basemap.bounds),
        basemap.attribution,
        project.now(),
      );
    const added = getBasemap(project, Number(lastInsertRowid))!;
    audit({ action: 'add', entity: 'basemap', entityId: String(added.id), after: added });
    return added;
  });
}

/** Makes `id` the one selected basemap, or none with null; false when `id` is not in the project. */
export function selectBasemap(project: Project, id: number | null, actor: string): boolean {
  if (id !== null && !getBasemap(project, id)) return false;
  return project.write(actor, ({ db, audit }) => {
    const before = (db.prepare(`SELECT id FROM basemaps WHERE selected = 1`).pluck().get() as number | undefined) ?? null;
    db.prepare(`UPDATE basemaps SET selected = (id IS ?)`).run(id);
    audit({ action: 'select', entity: 'basemap', entityId: id === null ? null : String(id), before: { selected: before }, after: { selected: id } });
    return true;
  });
}

/** Forgets basemap `id` (the file stays on disk); false when it was not in the project. */
export function removeBasemap(project: Project, id: number, actor: string): boolean {
  const existing = getBasemap(project, id);
  if (!existing) return false;
  return project.write(actor, ({ db, audit }) => {
    db.prepare(`DELETE FROM basemaps WHERE id = ?`).run(id);
    audit({ action: 'remove', entity: 'basemap', entityId: String(id), before: existing });
    return true;
  });
}
