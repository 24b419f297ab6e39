import { z } from 'zod';

const Position = z.tuple([z.number().finite(), z.number().finite()]);
const Ring = z.array(Position).min(4, 'a ring needs at least 4 positions (closed)');

export const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(Ring).min(1),
});
export const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});
export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

/** [west, south, east, north] in CGCS2000 longitude/latitude degrees. */
export const LonLatBBoxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([w, s, e, n]) => w <= e && s <= n, 'bbox must be [west, south, east, north]');
export type LonLatBBox = z.infer<typeof LonLatBBoxSchema>;
