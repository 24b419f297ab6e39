import { existsSync, mkdirSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { isSupportedSrs } from '../../geo/crs';
import { EXTENSION, outputFiles, writeOutput } from '../../io/write-output';
import { exportLayer } from '../../store/export-source';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { exportMethods } from '../methods/export';
import type { HandlerDeps } from './deps';

const bad = (path: string, message: string) => new ApiFailure('bad_input', message, [{ path, message }]);

export function exportHandlers({ project, jobs }: HandlerDeps): GroupHandlers<typeof exportMethods, CallContext> {
  return {
    'export.run': ({ layer, format, out, srsId, overwrite }) => {
      // KML is lon/lat by definition; GeoJSON defaults to RFC 7946 lon/lat.
      const target = format === 'kml' ? 4490 : (srsId ?? (format === 'geojson' ? 4490 : project.meta.srsId));
      if (format === 'kml' && srsId !== undefined && srsId !== 4490 && srsId !== 4326) throw bad('srsId', 'KML is always longitude/latitude (EPSG:4490)');
      if (!isSupportedSrs(target)) throw bad('srsId', `EPSG:${target} is not a supported coordinate system`);
      const file = extname(out).toLowerCase() === EXTENSION[format] ? out : `${out}${EXTENSION[format]}`;
      if (!overwrite) {
        const taken = outputFiles(format, file).filter((f) => existsSync(f));
        if (taken.length > 0) throw new ApiFailure('conflict', `${taken[0]} already exists`, [{ path: 'out', message: 'file exists; set overwrite' }]);
      }
      const jobId = jobs.start('export', async (ctl) => {
        const data = await exportLayer(project, layer, target, ctl);
        mkdirSync(dirname(file), { recursive: true });
        ctl.progress('writing', 0, 1);
        await ctl.checkpoint();
        const files = await writeOutput(format, file, data);
        ctl.progress('writing', 1, 1);
        return { format, layer, files, count: data.features.length, srsId: target };
      });
      return { jobId };
    },
  };
}
