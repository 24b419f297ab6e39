import L from 'leaflet';
import geojsonvt, { type GeoJSONVT, type TileFeature } from 'geojson-vt';
import type { FeatureCollection } from 'geojson';

/** geojson-vt slice settings (geo.md §4): slices are cut lazily below indexMaxZoom. */
const EXTENT = 4096;
const VT_OPTIONS = { maxZoom: 20, indexMaxZoom: 14, tolerance: 3, extent: EXTENT, buffer: 64 };

export interface Hatch {
  color: string;
  /** Distance between hatch lines in CSS pixels; must divide 256 so tiles join seamlessly. */
  spacing: number;
}

export interface VectorTileStyle {
  /** Fill colour per feature `kind` (e.g. land class); null for an outline only. */
  fill: (kind: string | null) => string | null;
  hatch?: Hatch;
  /** Outline per zoom level (width in CSS pixels), so dense layers stay readable when zoomed out. */
  outline: (zoom: number) => { color: string; width: number };
}

/**
 * Draws one layer as canvas tiles cut by geojson-vt, so a county's 100k parcels cost the same per
 * frame as a village's 1,500 (geo.md §4). Hit-testing is not done here: clicks ask the store.
 */
export class VectorTileLayer extends L.GridLayer {
  private readonly index: GeoJSONVT;

  constructor(
    data: FeatureCollection,
    private readonly style: VectorTileStyle,
    options?: L.GridLayerOptions,
  ) {
    super(options);
    this.index = geojsonvt(data, VT_OPTIONS);
  }

  override createTile(coords: L.Coords): HTMLElement {
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    // Backing store in device pixels for sharp lines; Leaflet sizes the element in CSS pixels.
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    const tile = this.index.getTile(coords.z, coords.x, coords.y);
    const ctx = canvas.getContext('2d');
    if (tile && ctx) drawFeatures(ctx, tile.features, canvas.width / EXTENT, ratio, coords.z, this.style);
    return canvas;
  }
}

function drawFeatures(ctx: CanvasRenderingContext2D, features: TileFeature[], scale: number, ratio: number, zoom: number, style: VectorTileStyle) {
  // One path per fill colour: far fewer canvas calls than one path per feature.
  const byFill = new Map<string | null, TileFeature[]>();
  for (const feature of features) {
    if (feature.type !== 3) continue;
    const kind = feature.tags?.['kind'];
    const fill = style.fill(typeof kind === 'string' ? kind : null);
    const group = byFill.get(fill);
    if (group) group.push(feature);
    else byFill.set(fill, [feature]);
  }
  for (const [fill, group] of byFill) {
    tracePolygons(ctx, group, scale);
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fill();
    }
  }
  if (style.hatch) {
    tracePolygons(ctx, features, scale);
    const pattern = hatchPattern(ctx, style.hatch, ratio);
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fill();
    }
  }
  const outline = style.outline(zoom);
  tracePolygons(ctx, features, scale);
  ctx.strokeStyle = outline.color;
  ctx.lineWidth = outline.width * ratio;
  ctx.lineJoin = 'round';
  ctx.stroke();
}

function tracePolygons(ctx: CanvasRenderingContext2D, features: TileFeature[], scale: number) {
  ctx.beginPath();
  for (const feature of features) {
    if (feature.type !== 3) continue;
    for (const ring of feature.geometry) {
      ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * scale, y * scale) : ctx.lineTo(x * scale, y * scale)));
      ctx.closePath();
    }
  }
}

/** Diagonal hatching anchored at the tile origin, so neighbouring tiles line up. */
function hatchPattern(ctx: CanvasRenderingContext2D, hatch: Hatch, ratio: number): CanvasPattern | null {
  const size = Math.round(hatch.spacing * ratio);
  const tileCanvas = document.createElement('canvas');
  tileCanvas.width = size;
  tileCanvas.height = size;
  const p = tileCanvas.getContext('2d');
  if (!p) return null;
  p.strokeStyle = hatch.color;
  p.lineWidth = ratio;
  p.beginPath();
  // The main diagonal plus the two corner stubs make a continuous 45° line across repeats.
  p.moveTo(0, size);
  p.lineTo(size, 0);
  p.moveTo(-1, 1);
  p.lineTo(1, -1);
  p.moveTo(size - 1, size + 1);
  p.lineTo(size + 1, size - 1);
  p.stroke();
  return ctx.createPattern(tileCanvas, 'repeat');
}
