import { z } from 'zod';
import { JobStartedSchema } from './jobs';
import { MAX_PATH_LENGTH } from '../../domain/input-limits';
import { EpsgCodeSchema } from './import';

export const ExportFormatSchema = z.enum(['gpkg', 'geojson', 'shp', 'kml', 'xlsx']);
export const ExportLayerSchema = z.enum(['parcels', 'homesteads', 'farmland']);

export const ExportReportSchema = z.object({
  format: ExportFormatSchema,
  layer: ExportLayerSchema,
  /** Every file written (a Shapefile is several). */
  files: z.array(z.string()),
  count: z.number().int(),
  srsId: z.number().int(),
});
export type ExportReport = z.infer<typeof ExportReportSchema>;

/** Writing a layer out for QGIS, ArcGIS, Google Earth and Excel; runs as a job with an ExportReport. */
export const exportMethods = {
  'export.run': {
    input: z
      .object({
        layer: ExportLayerSchema.default('parcels'),
        format: ExportFormatSchema,
        /** Output file on this machine (for shp: the .shp path; the other parts go beside it). */
        out: z.string().min(1).max(MAX_PATH_LENGTH),
        /** Target CRS; KML is always lon/lat. Defaults to the project's CRS (GeoJSON: lon/lat). */
        srsId: EpsgCodeSchema.optional(),
        overwrite: z.boolean().default(false),
      })
      .strict(),
    output: JobStartedSchema,
  },
} as const;
