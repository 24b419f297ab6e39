import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/domain/geometry';
import { MAP_FONT_FAMILY, parcelMapSvg, type ParcelMapInput } from '../../../src/io/documents/parcel-map-svg';

const X0 = 39402000;
const Y0 = 3860000;

function box(x0: number, y0: number, x1: number, y1: number): AreaGeometry {
  return { type: 'Polygon', coordinates: [[[X0 + x0, Y0 + y0], [X0 + x1, Y0 + y0], [X0 + x1, Y0 + y1], [X0 + x0, Y0 + y1], [X0 + x0, Y0 + y0]]] };
}

/** Two contract strips and a square parcel, a listed parcel 300 m east, a road to the south and a ditch to the east. */
// 18 glyphs, 58 mm at 3.2 mm: wider than the room between its parcel and the frame.
const LONG = '王桥村东大洼南头靠近沟渠的那块承包地';

function input(): ParcelMapInput {
  return {
    parcels: [
      { code: '371722104206010001', label: '1', geometry: box(0, 0, 20, 200), highlighted: true },
      { code: '371722104206010002', label: '2', geometry: box(20, 0, 40, 200), highlighted: true },
      { code: '371722104206010003', label: '3', geometry: box(40, 100, 100, 160), highlighted: true },
      // A long label at the east edge of the fitted extent: it must be pulled back inside the frame.
      { code: '371722104206010004', label: LONG, geometry: box(295, 0, 300, 60), highlighted: false },
    ],
    context: [
      { geometry: box(40, 0, 95, 100), kind: 'parcel' },
      { geometry: box(-20, -6, 320, 0), kind: 'road' },
      { geometry: box(300, -6, 303, 210), kind: 'ditch' },
      { geometry: box(5000, 5000, 5050, 5050), kind: 'homestead' },
    ],
    widthMm: 210,
    heightMm: 297,
    title: '附图：流转地块示意图 <王桥村>',
  };
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as Element[];
  const byId = (id: string) => all('*').find((e) => e.getAttribute('id') === id);
  return { doc, all, byId };
}

const n = (e: Element | undefined, a: string) => Number(e!.getAttribute(a));

function pathBounds(d: string): [number, number, number, number] {
  const v = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = v.filter((_, i) => i % 2 === 0);
  const ys = v.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('parcelMapSvg', () => {
  it('writes well-formed SVG with the title, north arrow, a round scale bar and every parcel label', () => {
    const { doc, byId, all } = parse(parcelMapSvg(input()));
    expect(doc.documentElement!.tagName).toBe('svg');
    expect(byId('title')!.textContent).toBe('附图：流转地块示意图 <王桥村>');
    expect(byId('north-arrow')!.textContent).toContain('北');
    expect(byId('scale-bar-label')!.textContent).toBe('50 m');
    expect(byId('scale-ratio')!.textContent).toBe('比例尺 1:2000');
    const labels = all('text').filter((t) => t.getAttribute('class') === 'parcel-label').map((t) => t.textContent);
    expect(labels).toEqual(['1', '2', '3', LONG]);
    const key = byId('parcel-key')!.textContent!;
    for (const p of input().parcels) expect(key).toContain(`${p.label}  ${p.code}`);
  });

  it('draws the scale bar at the stated scale: its length on paper is the labelled metres at 1:N', () => {
    const { byId } = parse(parcelMapSvg(input()));
    const bar = Array.from(byId('scale-bar')!.getElementsByTagName('rect')) as Element[];
    const mm = bar.reduce((s, r) => s + n(r, 'width'), 0);
    // Coordinates are written to 0.01 mm, i.e. 2 cm on the ground at 1:2000.
    expect(Math.abs((mm * 2000) / 1000 - 50)).toBeLessThan(0.04);
  });

  it('keeps the page aspect ratio in the viewBox and draws a square parcel square, north up', () => {
    const { doc, all } = parse(parcelMapSvg({ ...input(), widthMm: 297, heightMm: 210 }));
    const svg = doc.documentElement!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 297 210');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['297mm', '210mm']);
    const contract = all('path').filter((p) => p.getAttribute('class') === 'contract');
    const [x0, y0, x1, y1] = pathBounds(contract[2]!.getAttribute('d')!);
    expect(x1 - x0).toBeCloseTo(y1 - y0, 1);
    // Strip 1 (south end at y = 0) reaches lower on the page than parcel 3 (y ≥ 100): y is flipped.
    expect(pathBounds(contract[0]!.getAttribute('d')!)[3]).toBeGreaterThan(y1);
  });

  it('keeps every parcel label inside the map frame, even a long one at its edge', () => {
    const { byId, all } = parse(parcelMapSvg(input()));
    const f = byId('map-frame');
    const [fx, fy, fw, fh] = [n(f, 'x'), n(f, 'y'), n(f, 'width'), n(f, 'height')];
    const labels = all('text').filter((t) => t.getAttribute('class') === 'parcel-label');
    for (const t of labels) {
      const halfWidth = ([...t.textContent!].length * 3.2) / 2;
      expect(n(t, 'x') - halfWidth).toBeGreaterThanOrEqual(fx);
      expect(n(t, 'x') + halfWidth).toBeLessThanOrEqual(fx + fw);
      expect(n(t, 'y')).toBeGreaterThan(fy);
      expect(n(t, 'y')).toBeLessThanOrEqual(fy + fh);
    }
  });

  it('styles roads and ditches, greys neighbours and leaves out context beyond the map', () => {
    const svg = parcelMapSvg(input());
    const { all, byId } = parse(svg);
    const classes = all('path').map((p) => p.getAttribute('class'));
    expect(classes.filter((c) => c === 'road')).toHaveLength(1);
    expect(classes.filter((c) => c === 'ditch')).toHaveLength(1);
    expect(classes).not.toContain('homestead');
    expect(all('path').find((p) => p.getAttribute('class') === 'parcel')!.getAttribute('fill')).toBe('#ececec');
    const legend = (Array.from(byId('legend')!.getElementsByTagName('text')) as Element[]).map((t) => t.textContent);
    expect(legend).toEqual(['本合同地块', '其他标注地块', '相邻地块', '道路', '沟渠']);
  });

  it('names fonts by family only and gives the same bytes for the same input', () => {
    const svg = parcelMapSvg(input());
    expect(parse(svg).doc.documentElement!.getAttribute('font-family')).toBe(MAP_FONT_FAMILY);
    expect(MAP_FONT_FAMILY).toMatch(/^SimSun, .*AR PL UMing CN, Noto Serif CJK SC, serif$/);
    expect(svg).not.toMatch(/@font-face|<font|base64/);
    expect(parcelMapSvg(input())).toBe(svg);
  });

  it('ends the parcel key with the total when the parcels do not fit on the page', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ code: `3717221042060${String(i).padStart(5, '0')}`, label: String(i + 1), geometry: box(i * 5, 0, i * 5 + 5, 100), highlighted: true }));
    const { byId } = parse(parcelMapSvg({ ...input(), parcels: many }));
    const lines = (Array.from(byId('parcel-key')!.getElementsByTagName('text')) as Element[]).map((t) => t.textContent);
    expect(lines.length).toBeLessThan(400);
    expect(lines.at(-1)).toBe('……共 400 块');
    for (const t of Array.from(byId('parcel-key')!.getElementsByTagName('text')) as Element[]) expect(n(t, 'y')).toBeLessThanOrEqual(297 - 10);
  });

  it('refuses a page too small for a readable map, saying so', () => {
    expect(() => parcelMapSvg({ ...input(), widthMm: 60, heightMm: 60 })).toThrow(/附图页面 60×60 mm 太小/);
  });
});
