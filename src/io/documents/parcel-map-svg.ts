/**
 * The 附图 page of a transfer contract as a standalone SVG: the contract's parcels filled and
 * labelled over their grey neighbours, roads and ditches, with a north arrow, a scale bar, a legend
 * and a key of parcel codes. Linkage proposals reuse it with parcel kinds (拆旧 hatched red, 建新 blue)
 * over the dashed project boundary. Units are millimetres on paper; map coordinates are the project's planar
 * CRS (x east, y north), so grid north is up (meridian convergence, under 1.5° in a 3° zone, is ignored).
 * Pure string building, no DOM: the same input gives the same bytes.
 */
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { AreaGeometry } from '../../domain/geometry';

export type MapContextKind = 'parcel' | 'road' | 'ditch' | 'homestead' | 'projectArea';

/** Linkage parcels (增减挂钩) drawn in their own style instead of the contract's highlight. */
export type MapParcelKind = 'demolition' | 'construction';

export interface ParcelMapInput {
  /** An empty label draws no label and no key entry (hundreds of small demolition plots would bury the map). */
  parcels: { code: string; label: string; geometry: AreaGeometry; highlighted: boolean; kind?: MapParcelKind }[];
  context: { geometry: AreaGeometry; kind: MapContextKind }[];
  widthMm: number;
  heightMm: number;
  title: string;
}

/** System fonts by family name: print output must not depend on an embedded font file. */
export const MAP_FONT_FAMILY = 'SimSun, Songti SC, AR PL UMing CN, Noto Serif CJK SC, serif';

const STYLE: Record<MapContextKind | MapParcelKind | 'contract' | 'other', { fill: string; stroke: string; width: number; name: string; dash?: string }> = {
  contract: { fill: '#ffd966', stroke: '#c00000', width: 0.45, name: '本合同地块' },
  demolition: { fill: 'url(#hatch-demolition)', stroke: '#c00000', width: 0.25, name: '拆旧地块' },
  construction: { fill: '#9dc3e6', stroke: '#1f4e9a', width: 0.4, name: '建新地块' },
  projectArea: { fill: 'none', stroke: '#000000', width: 0.5, name: '项目区范围', dash: '2.5 1.2' },
  other: { fill: '#fff2cc', stroke: '#c00000', width: 0.2, name: '其他标注地块' },
  parcel: { fill: '#ececec', stroke: '#8c8c8c', width: 0.15, name: '相邻地块' },
  homestead: { fill: '#efe0dc', stroke: '#a67c73', width: 0.15, name: '宅基地' },
  road: { fill: '#f3e6c4', stroke: '#a68a4d', width: 0.2, name: '道路' },
  ditch: { fill: '#cfe6f7', stroke: '#3d85c6', width: 0.2, name: '沟渠' },
};
// Drawn bottom to top, so the contract's parcels are never hidden.
const CONTEXT_ORDER: readonly MapContextKind[] = ['parcel', 'homestead', 'road', 'ditch', 'projectArea'];
/** Red diagonal hatching for demolition (拆旧) parcels, as on linkage planning maps. */
const HATCH = `<pattern id="hatch-demolition" patternUnits="userSpaceOnUse" width="1.2" height="1.2" patternTransform="rotate(45)"><rect width="1.2" height="1.2" fill="#fbe3e3"/><line x1="0" y1="0" x2="0" y2="1.2" stroke="#c00000" stroke-width="0.45"/></pattern>`;

const MARGIN = 10;
const LABEL_FONT = 3.2;
const SMALL_FONT = 2.6;

type Bounds = [number, number, number, number];

const num = (n: number): string => {
  const s = n.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Approximate advance of a string: CJK glyphs are square, Latin and digits about half as wide. */
const textWidth = (s: string, size: number): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.55), 0);

function polygons(g: AreaGeometry): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function boundsOf(gs: readonly AreaGeometry[]): Bounds | null {
  let b: Bounds | null = null;
  for (const g of gs)
    for (const poly of polygons(g))
      for (const [x, y] of poly[0]!) {
        b = b ? [Math.min(b[0], x!), Math.min(b[1], y!), Math.max(b[2], x!), Math.max(b[3], y!)] : [x!, y!, x!, y!];
      }
  return b;
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** The next round scale (1:500, 1:2000, 1:5000 as on survey sheets, with steps between so the map fills the frame). */
function roundScale(needed: number): number {
  for (let p = 1; ; p *= 10) for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]) if (m * p >= needed) return m * p;
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in maxMm at mmPerM. */
function scaleBarMetres(maxMm: number, mmPerM: number): number {
  let best = 1;
  for (let p = 1; p * mmPerM <= maxMm; p *= 10) for (const m of [1, 2, 5]) if (m * p * mmPerM <= maxMm) best = m * p;
  return best;
}

/** A point inside the geometry for its label: the centre of mass when inside, else any interior point. */
function labelPoint(g: AreaGeometry): [number, number] {
  const c = centerOfMass(g).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(c, g)) return c;
  return pointOnFeature(g).geometry.coordinates as [number, number];
}

export function parcelMapSvg(input: ParcelMapInput): string {
  const { widthMm: W, heightMm: H } = input;
  const titleH = 14;
  const bandH = Math.min(44, H * 0.25);
  const frame = { x: MARGIN, y: MARGIN + titleH, w: W - 2 * MARGIN, h: H - 2 * MARGIN - titleH - bandH };
  if (frame.w < 60 || frame.h < 60) throw new Error(`附图页面 ${W}×${H} mm 太小，地图区域至少需要 60×60 mm`);
  const frameBounds: Bounds = [frame.x, frame.y, frame.x + frame.w, frame.y + frame.h];

  // Fit every listed parcel with room around it for the neighbours, at a round scale.
  // A project boundary is fitted too, so it is never cut by the frame.
  const boundary = input.context.filter((c) => c.kind === 'projectArea').map((c) => c.geometry);
  const fit = boundsOf([...input.parcels.map((p) => p.geometry), ...boundary]) ?? boundsOf(input.context.map((c) => c.geometry)) ?? [0, 0, 1, 1];
  const spanX = Math.max(fit[2] - fit[0], 20);
  const spanY = Math.max(fit[3] - fit[1], 20);
  const scale = roundScale((Math.max(spanX / frame.w, spanY / frame.h) * 1000) / 0.8);
  const mmPerM = 1000 / scale;
  const cx = (fit[0] + fit[2]) / 2;
  const cy = (fit[1] + fit[3]) / 2;
  const px = (x: number) => frame.x + frame.w / 2 + (x - cx) * mmPerM;
  const py = (y: number) => frame.y + frame.h / 2 - (y - cy) * mmPerM;
  const view: Bounds = [cx - frame.w / 2 / mmPerM, cy - frame.h / 2 / mmPerM, cx + frame.w / 2 / mmPerM, cy + frame.h / 2 / mmPerM];
  const pathOf = (g: AreaGeometry) =>
    polygons(g)
      .flatMap((poly) => poly.map((ring) => `M${ring.slice(0, -1).map(([x, y]) => `${num(px(x!))} ${num(py(y!))}`).join('L')}Z`))
      .join('');
  const shape = (g: AreaGeometry, kind: keyof typeof STYLE, extra = '') => {
    const s = STYLE[kind];
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    return `<path class="${kind}" d="${pathOf(g)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}" fill-rule="evenodd"${dash}${extra}/>`;
  };

  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(W)}mm" height="${num(H)}mm" viewBox="0 0 ${num(W)} ${num(H)}" font-family="${MAP_FONT_FAMILY}">`,
    `<defs>${input.parcels.some((p) => p.kind === 'demolition') ? HATCH : ''}<clipPath id="map-clip"><rect x="${num(frame.x)}" y="${num(frame.y)}" width="${num(frame.w)}" height="${num(frame.h)}"/></clipPath></defs>`,
    `<rect width="${num(W)}" height="${num(H)}" fill="#ffffff"/>`,
    `<text id="title" x="${num(W / 2)}" y="${num(MARGIN + 8)}" font-size="6" text-anchor="middle">${esc(input.title)}</text>`,
    `<g id="map" clip-path="url(#map-clip)">`,
  );
  const present = new Set<keyof typeof STYLE>();
  for (const kind of CONTEXT_ORDER) {
    for (const c of input.context) {
      if (c.kind !== kind) continue;
      const b = boundsOf([c.geometry]);
      if (!b || !overlaps(b, view)) continue;
      out.push(shape(c.geometry, kind));
      present.add(kind);
    }
  }
  for (const highlighted of [false, true]) {
    for (const p of input.parcels) {
      if (p.highlighted !== highlighted) continue;
      const kind = p.kind ?? (highlighted ? 'contract' : 'other');
      out.push(shape(p.geometry, kind, kind === 'other' ? ' stroke-dasharray="1 0.6"' : ''));
      present.add(kind);
    }
  }
  out.push(`</g>`);

  // Labels sit outside the clip group but are clamped into the frame, so none is cut or drawn beyond it.
  // The halo is a white box, not a stroke: Chromium prints stroked text as Type 3 glyph outlines.
  out.push(`<g id="parcel-labels" font-size="${LABEL_FONT}" text-anchor="middle" fill="#000000">`);
  for (const p of input.parcels) {
    if (p.label === '') continue;
    const [lx, ly] = labelPoint(p.geometry);
    const half = textWidth(p.label, LABEL_FONT) / 2 + 0.5;
    const x = Math.min(Math.max(px(lx), frame.x + half), frame.x + frame.w - half);
    const y = Math.min(Math.max(py(ly) + LABEL_FONT * 0.35, frame.y + LABEL_FONT + 0.5), frame.y + frame.h - 0.8);
    out.push(`<rect x="${num(x - half)}" y="${num(y - LABEL_FONT * 0.95)}" width="${num(2 * half)}" height="${num(LABEL_FONT * 1.25)}" fill="#ffffff" fill-opacity="0.85"/>`);
    out.push(`<text class="parcel-label" x="${num(x)}" y="${num(y)}">${esc(p.label)}</text>`);
  }
  out.push(`</g>`);
  out.push(`<rect id="map-frame" x="${num(frame.x)}" y="${num(frame.y)}" width="${num(frame.w)}" height="${num(frame.h)}" fill="none" stroke="#000000" stroke-width="0.4"/>`);

  out.push(...band(input, frameBounds, scale, mmPerM, present));
  out.push(`</svg>`, '');
  return out.join('\n');
}

/** Scale bar, north arrow, legend and parcel key in the band under the map. */
function band(input: ParcelMapInput, frame: Bounds, scale: number, mmPerM: number, present: Set<keyof typeof STYLE>): string[] {
  const out: string[] = [];
  const top = frame[3] + 5;
  const left = frame[0];

  const barM = scaleBarMetres(40, mmPerM);
  const barMm = barM * mmPerM;
  const by = top + 6;
  out.push(
    `<g id="scale-bar" font-size="${SMALL_FONT}">`,
    `<rect x="${num(left)}" y="${num(by)}" width="${num(barMm / 2)}" height="1.2" fill="#000000" stroke="#000000" stroke-width="0.2"/>`,
    `<rect x="${num(left + barMm / 2)}" y="${num(by)}" width="${num(barMm / 2)}" height="1.2" fill="#ffffff" stroke="#000000" stroke-width="0.2"/>`,
    `<text x="${num(left)}" y="${num(by - 1)}" text-anchor="middle">0</text>`,
    `<text id="scale-bar-label" x="${num(left + barMm)}" y="${num(by - 1)}" text-anchor="middle">${barM} m</text>`,
    `<text id="scale-ratio" x="${num(left)}" y="${num(by + 5.5)}">比例尺 1:${scale}</text>`,
    `</g>`,
  );

  const ax = left + 52;
  out.push(
    `<g id="north-arrow">`,
    `<path d="M${num(ax)} ${num(top)}L${num(ax + 3.5)} ${num(top + 12)}L${num(ax)} ${num(top + 9)}Z" fill="#000000"/>`,
    `<path d="M${num(ax)} ${num(top)}L${num(ax - 3.5)} ${num(top + 12)}L${num(ax)} ${num(top + 9)}Z" fill="#ffffff" stroke="#000000" stroke-width="0.25"/>`,
    `<text x="${num(ax)}" y="${num(top + 17)}" font-size="4" text-anchor="middle">北</text>`,
    `</g>`,
  );

  // Legend entries in one row, then the key of labels to parcel codes in as many columns as fit.
  const lx = left + 64;
  const right = frame[2];
  const legendKinds = (['contract', 'other', 'demolition', 'construction', ...CONTEXT_ORDER] as const).filter((k) => present.has(k));
  out.push(`<g id="legend" font-size="${SMALL_FONT}">`);
  let x = lx;
  let y = top + 2;
  for (const k of legendKinds) {
    const w = 6 + textWidth(STYLE[k].name, SMALL_FONT) + 3;
    if (x + w > right) {
      x = lx;
      y += 4.5;
    }
    const s = STYLE[k];
    out.push(`<rect x="${num(x)}" y="${num(y)}" width="5" height="3" fill="${s.fill === 'none' ? '#ffffff' : s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="1.2 0.6"` : ''}/>`);
    out.push(`<text x="${num(x + 6)}" y="${num(y + 2.6)}">${esc(s.name)}</text>`);
    x += w;
  }
  out.push(`</g>`);

  const keyTop = y + 8;
  const lineH = 3.6;
  const entries = input.parcels.filter((p) => p.label !== '').map((p) => `${p.label}  ${p.code}`);
  const colW = Math.max(...entries.map((e) => textWidth(e, SMALL_FONT)), 10) + 4;
  const cols = Math.max(1, Math.floor((right - lx) / colW));
  const rows = Math.max(1, Math.floor((input.heightMm - MARGIN - keyTop) / lineH) + 1);
  const capacity = cols * rows;
  // When the key would overflow the page, its last line says how many parcels there are in all.
  const shown = entries.length <= capacity ? entries : [...entries.slice(0, capacity - 1), `……共 ${entries.length} 块`];
  out.push(`<g id="parcel-key" font-size="${SMALL_FONT}">`);
  shown.forEach((e, i) => {
    const col = Math.floor(i / rows);
    out.push(`<text x="${num(lx + col * colW)}" y="${num(keyTop + (i % rows) * lineH)}">${esc(e)}</text>`);
  });
  out.push(`</g>`);
  return out;
}
