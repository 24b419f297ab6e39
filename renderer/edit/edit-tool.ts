import type { AreaGeometry } from '../../src/domain/geometry';

/**
 * The edit tools of the toolbar. `draw`, `hole` and `splitLine` take a shape drawn on the map,
 * `vertices` edits the selected parcel in place, `splitAreas` takes a typed list of areas.
 */
export type EditTool = 'draw' | 'vertices' | 'hole' | 'splitLine' | 'splitAreas';

/** What geoman draws for a tool, or null when the tool does not draw. */
export function drawShapeOf(tool: EditTool | null): 'Polygon' | 'Line' | null {
  if (tool === 'draw' || tool === 'hole') return 'Polygon';
  if (tool === 'splitLine') return 'Line';
  return null;
}

/** Every tool but drawing a new parcel works on exactly one selected parcel. */
export const needsOneParcel = (tool: EditTool): boolean => tool !== 'draw';

/** What a drawing tool hands back, in lon/lat: a polygon for `draw` and `hole`, a line for `splitLine`. */
export type DrawnShape = Extract<AreaGeometry, { type: 'Polygon' }> | { type: 'LineString'; coordinates: [number, number][] };
