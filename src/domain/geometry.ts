import { z } from 'zod';
import { geometryRangeIssue, lonLatInChina, pointsRangeIssue } from '../geo/coordinate-range';

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
/** An area geometry in any supported CRS, as stored, imported and exported. */
export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

/**
 * Size limits of a geometry drawn or sent through the API: a hand-drawn parcel or project area has
 * hundreds of vertices, an imported one a few thousand; beyond these it is not a drawing.
 */
export const MAX_RING_POSITIONS = 100_000;
export const MAX_RINGS = 1_000;
export const MAX_POLYGONS = 1_000;

const InputRing = Ring.max(MAX_RING_POSITIONS);
const InputRings = z.array(InputRing).min(1).max(MAX_RINGS);

/**
 * An area geometry in CGCS2000 longitude/latitude as the API takes it: every vertex inside China
 * (geo/coordinate-range), the first one outside named by its path, e.g. `geometry.coordinates.0.3`.
 * Whether it also fits the project's CRS is checked where the project is known.
 */
export const LonLatAreaGeometrySchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: InputRings }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(InputRings).min(1).max(MAX_POLYGONS) }),
  ])
  .superRefine((g, ctx) => {
    const issue = geometryRangeIssue(g, lonLatInChina);
    if (issue) ctx.addIssue({ code: 'custom', path: ['coordinates', ...issue.path], message: issue.message });
  });

/** A line or an open ring in CGCS2000 longitude/latitude (a split line, a hole), every point inside China. */
export const lonLatPointsSchema = (min: number) =>
  z
    .array(Position)
    .min(min)
    .max(MAX_RING_POSITIONS)
    .superRefine((points, ctx) => {
      const issue = pointsRangeIssue(points, lonLatInChina);
      if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });

/** [west, south, east, north] in CGCS2000 longitude/latitude degrees. */
export const LonLatBBoxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([w, s, e, n]) => w <= e && s <= n, 'bbox must be [west, south, east, north]');
export type LonLatBBox = z.infer<typeof LonLatBBoxSchema>;
