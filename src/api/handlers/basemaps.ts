import { resolve } from 'node:path';
import { MbtilesError } from '../../io/mbtiles/mbtiles-error';
import { MbtilesFile } from '../../io/mbtiles/mbtiles-file';
import { createTileHandler, type TileHandler } from '../../io/mbtiles/tile-handler';
import { addBasemap, basemapPath, findBasemapByPath, listBasemaps, removeBasemap, selectBasemap } from '../../store/basemaps-repo';
import type { Project } from '../../store/project';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { basemapMethods } from '../methods/basemaps';
import type { HandlerDeps } from './deps';

const notFound = (id: number | null) => new ApiFailure('not_found', `底图 ${id} 不存在 (basemap ${id} not found)`, [{ path: 'id', message: 'basemap not found' }]);

/** Reads the file's metadata, refusing anything that is not MBTiles with the reason on the `path` field. */
function inspectMbtiles(path: string) {
  let file: MbtilesFile;
  try {
    file = MbtilesFile.open(path);
  } catch (err) {
    if (err instanceof MbtilesError) throw new ApiFailure('bad_input', err.message, [{ path: 'path', message: err.message }]);
    throw err;
  }
  try {
    return file.metadata;
  } finally {
    file.close();
  }
}

export function basemapHandlers({ project }: HandlerDeps): GroupHandlers<typeof basemapMethods, CallContext> {
  return {
    'basemaps.list': () => listBasemaps(project),
    'basemaps.add': ({ path }, ctx) => {
      const file = resolve(path);
      if (findBasemapByPath(project, file)) {
        throw new ApiFailure('conflict', `底图已添加 (basemap already added): ${file}`, [{ path: 'path', message: 'already added' }]);
      }
      const meta = inspectMbtiles(file);
      return addBasemap(
        project,
        { name: meta.name, path: file, kind: meta.kind, tileFormat: meta.format, minZoom: meta.minZoom, maxZoom: meta.maxZoom, bounds: meta.bounds, attribution: meta.attribution },
        ctx.actor,
      );
    },
    'basemaps.select': ({ id }, ctx) => {
      if (!selectBasemap(project, id, ctx.actor)) throw notFound(id);
      return listBasemaps(project);
    },
    'basemaps.remove': ({ id }, ctx) => {
      if (!removeBasemap(project, id, ctx.actor)) throw notFound(id);
      return listBasemaps(project);
    },
  };
}

/** The tile handler for this project's basemaps, mounted by the browser host on /tiles/ and by Electron on tiles://. */
export function basemapTileHandler(project: Project): TileHandler {
  return createTileHandler((id) => basemapPath(project, id));
}
