import { z } from 'zod';
import { BasemapInfoSchema } from '../../store/basemaps-repo';
import { Empty, Id } from '../schemas';
import { MAX_PATH_LENGTH } from '../../domain/input-limits';

export { BasemapInfoSchema, type BasemapInfo } from '../../store/basemaps-repo';

const BasemapList = z.array(BasemapInfoSchema);

/**
 * Basemaps from MBTiles files (design.md §5): the project records which files it uses and which one
 * the map shows; the tiles themselves come through the tile handler, not through these methods.
 */
export const basemapMethods = {
  'basemaps.list': { input: Empty, output: BasemapList },
  /** Checks that `path` is a readable MBTiles file and records it; the file is read in place. */
  'basemaps.add': { input: z.object({ path: z.string().trim().min(1).max(MAX_PATH_LENGTH) }).strict(), output: BasemapInfoSchema },
  /** Chooses the basemap the map shows, or none with null; answers the updated list. */
  'basemaps.select': { input: z.object({ id: Id.nullable() }).strict(), output: BasemapList },
  /** Forgets a basemap (the file stays on disk); answers the updated list. */
  'basemaps.remove': { input: z.object({ id: Id }).strict(), output: BasemapList },
} as const;
