import L from 'leaflet';
import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { BasemapInfo } from '../../src/api/methods/basemaps';
import { hostToken } from '../api/client';

/**
 * Basemaps from MBTiles (design.md §5), drawn under the project layers. Raster files are plain
 * Leaflet tiles; vector files are decoded here and painted on canvas with one simple style, since
 * MBTiles carry no style of their own.
 */

/** Below the project's canvas layers, which are GridLayers with Leaflet's default zIndex of 1. */
const BASEMAP_Z_INDEX = 0;
const MAX_MAP_ZOOM = 22;

/**
 * Where tiles of `basemapId` come from: tiles:// under Electron (the preload exposes window.landlink),
 * else the loopback host, with its per-launch token as ?t= because <img> cannot send a header.
 */
export function tileUrlTemplate(basemapId: number): string {
  if (window.landlink) return `tiles://landlink/${basemapId}/{z}/{x}/{y}`;
  return `/tiles/${basemapId}/{z}/{x}/{y}?t=${encodeURIComponent(hostToken() ?? '')}`;
}

/** Leaflet puts attribution in as HTML; a file's metadata is not trusted markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function commonOptions(basemap: BasemapInfo): L.GridLayerOptions & { attribution?: string } {
  const [w, s, e, n] = basemap.bounds ?? [];
  return {
    zIndex: BASEMAP_Z_INDEX,
    maxZoom: MAX_MAP_ZOOM,
    minNativeZoom: basemap.minZoom,
    // No requests outside the file's coverage; most would be 204s.
    bounds: basemap.bounds ? L.latLngBounds([s!, w!], [n!, e!]) : undefined,
    attribution: basemap.attribution ? escapeHtml(basemap.attribution) : undefined,
  } as L.GridLayerOptions & { attribution?: string };
}

/** The Leaflet layer for one basemap; `tileUrlTemplate` usually comes from tileUrlTemplate(basemap.id). */
export function createBasemapLayer(basemap: BasemapInfo, tileUrlTemplate: string): L.Layer {
  // Raster tiles are magnified by Leaflet past the file's max zoom; vector tiles are redrawn sharp instead.
  if (basemap.kind === 'raster') return L.tileLayer(tileUrlTemplate, { ...commonOptions(basemap), maxNativeZoom: basemap.maxZoom });
  return new MbtilesVectorLayer(tileUrlTemplate, basemap.maxZoom, commonOptions(basemap));
}

const STYLE = {
  fill: 'rgba(200, 190, 170, 0.35)',
  polygonStroke: 'rgba(120, 110, 90, 0.8)',
  line: 'rgba(90, 90, 110, 0.9)',
  point: '#3a3a3a',
  label: '#222',
  halo: 'rgba(255, 255, 255, 0.9)',
  font: '12px sans-serif',
};

/**
 * A canvas GridLayer over pbf tiles. Past the file's max zoom it draws the max-zoom ancestor tile
 * magnified, so the basemap stays visible when planners zoom in to parcel level.
 */
class MbtilesVectorLayer extends L.GridLayer {
  constructor(
    private readonly template: string,
    private readonly nativeMaxZoom: number,
    options: L.GridLayerOptions,
  ) {
    super(options);
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    const over = Math.max(0, coords.z - this.nativeMaxZoom);
    const source = { z: coords.z - over, x: coords.x >> over, y: coords.y >> over };
    const url = L.Util.template(this.template, source);
    fetch(url)
      .then(async (response) => {
        // 204: the file has no tile here, which is normal at its edges.
        if (response.status === 204) return done(undefined, canvas);
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
        const tile = new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer())));
        const ctx = canvas.getContext('2d');
        if (ctx) {
          // Map the source tile's part under this tile onto the canvas.
          const factor = 2 ** over;
          const offsetX = coords.x - source.x * factor;
          const offsetY = coords.y - source.y * factor;
          ctx.scale(canvas.width * factor, canvas.height * factor);
          ctx.translate(-offsetX / factor, -offsetY / factor);
          drawTile(ctx, tile, canvas.width * factor);
        }
        done(undefined, canvas);
      })
      .catch((err: unknown) => done(err instanceof Error ? err : new Error(String(err)), canvas));
    return canvas;
  }
}

/** Draws every layer of `tile`; the context maps the unit square onto the tile, `pixels` is its size in device pixels. */
function drawTile(ctx: CanvasRenderingContext2D, tile: VectorTile, pixels: number) {
  const px = 1 / pixels;
  const labels: { x: number; y: number; text: string }[] = [];
  for (const layer of Object.values(tile.layers)) {
    const unit = 1 / layer.extent;
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const rings = feature.loadGeometry();
      if (feature.type === 3) {
        ctx.beginPath();
        traceRings(ctx, rings, unit, true);
        ctx.fillStyle = STYLE.fill;
        ctx.fill('evenodd');
        strokeWidth(ctx, STYLE.polygonStroke, px);
      } else if (feature.type === 2) {
        ctx.beginPath();
        traceRings(ctx, rings, unit, false);
        strokeWidth(ctx, STYLE.line, px * 1.5);
      } else if (feature.type === 1) {
        drawPoints(ctx, feature, rings, unit, px, labels);
      }
    }
  }
  // Labels last, so no later geometry covers them.
  ctx.font = STYLE.font;
  ctx.textBaseline = 'middle';
  for (const { x, y, text } of labels) {
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(px * devicePixel(), px * devicePixel());
    ctx.lineWidth = 3;
    ctx.strokeStyle = STYLE.halo;
    ctx.strokeText(text, 6, 0);
    ctx.fillStyle = STYLE.label;
    ctx.fillText(text, 6, 0);
    ctx.restore();
  }
}

const devicePixel = () => window.devicePixelRatio || 1;

function traceRings(ctx: CanvasRenderingContext2D, rings: { x: number; y: number }[][], unit: number, close: boolean) {
  for (const ring of rings) {
    ring.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x * unit, p.y * unit) : ctx.lineTo(p.x * unit, p.y * unit)));
    if (close) ctx.closePath();
  }
}

/** Widths are in CSS pixels whatever the zoom; `px` is one device pixel in the context's units. */
function strokeWidth(ctx: CanvasRenderingContext2D, color: string, px: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = px * devicePixel();
  ctx.stroke();
}

function drawPoints(
  ctx: CanvasRenderingContext2D,
  feature: VectorTileFeature,
  rings: { x: number; y: number }[][],
  unit: number,
  px: number,
  labels: { x: number; y: number; text: string }[],
) {
  const name = feature.properties['name'];
  const radius = 3 * px * devicePixel();
  ctx.fillStyle = STYLE.point;
  for (const ring of rings) {
    for (const p of ring) {
      ctx.beginPath();
      ctx.arc(p.x * unit, p.y * unit, radius, 0, 2 * Math.PI);
      ctx.fill();
      if (typeof name === 'string' && name !== '') labels.push({ x: p.x * unit, y: p.y * unit, text: name });
    }
  }
}
