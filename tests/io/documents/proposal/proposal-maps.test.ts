import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../../src/domain/geometry';
import type { ProposalInput } from '../../../../src/io/documents/proposal/proposal-input';
import { proposalMaps } from '../../../../src/io/documents/proposal/proposal-maps';

const X0 = 39402000;
const Y0 = 3860000;
const box = (x0: number, y0: number, x1: number, y1: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[X0 + x0, Y0 + y0], [X0 + x1, Y0 + y0], [X0 + x1, Y0 + y1], [X0 + x0, Y0 + y1], [X0 + x0, Y0 + y0]]],
});
const plot = (code: string, villageName: string, x: number) =>
  ({ code, villageName, households: 1, areaM2: 400, landClassBefore: '0702', targetClass: '0103', geometry: box(x, 0, x + 20, 20) }) as const;

function input(boundary: AreaGeometry[]): Pick<ProposalInput, 'project' | 'parcels'> {
  return {
    project: { code: 'P-1', name: '试点项目', townships: ['谢集镇'], approvalDoc: null, startDate: '2025-01-01', deadline: '2027-12-31', status: 'planning', villages: [] },
    parcels: {
      demolition: [plot('W-1', '王桥村', 0), plot('W-2', '王桥村', 30), plot('S-1', '史楼村', 3000)],
      construction: [{ code: 'JX-01', use: 'resettlement', landClassBefore: '1206', occupiedCultivatedM2: 0, areaM2: 10000, geometry: box(1500, 0, 1600, 100) }],
      boundary,
    },
  };
}
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('the proposal maps', () => {
  it('draw an overview, one map per demolished village and one of the construction parcels', () => {
    const maps = proposalMaps(input([]));
    expect(maps.map((m) => parse(m.svg).getElementById('title')?.textContent)).toEqual(['试点项目 拆旧建新总体布局图', '王桥村拆旧地块图', '史楼村拆旧地块图', '建新地块图']);
    expect(maps[0]!.note).toContain('项目区范围尚未绘制');
    expect(maps[3]!.note).toContain('建1＝JX-01');
  });

  it('hatch demolition parcels red, fill construction parcels blue and number only the construction parcels', () => {
    const [overview, wang, , built] = proposalMaps(input([])).map((m) => m.svg);
    expect(overview).toContain('<pattern id="hatch-demolition"');
    expect(parse(wang!).getElementsByTagName('path').length).toBeGreaterThanOrEqual(2);
    expect(wang).toMatch(/class="demolition"[^>]*fill="url\(#hatch-demolition\)"[^>]*stroke="#c00000"/);
    expect(wang).not.toContain('class="parcel-label"');
    expect(built).toMatch(/class="construction"[^>]*fill="#9dc3e6"/);
    expect(built).toContain('>建1</text>');
    expect(built).not.toContain('hatch-demolition');
  });

  it('fit and dash the project boundary on the overview and name it in the legend', () => {
    const [overview] = proposalMaps(input([box(-100, -100, 3200, 200)]));
    expect(overview!.svg).toMatch(/class="projectArea"[^>]*fill="none"[^>]*stroke-dasharray="2\.5 1\.2"/);
    expect(parse(overview!.svg).getElementById('legend')!.textContent).toContain('项目区范围');
    expect(overview!.note).toContain('虚线为项目区范围');
  });

  it('draw nothing for a project without parcels', () => {
    const empty = input([]);
    expect(proposalMaps({ ...empty, parcels: { demolition: [], construction: [], boundary: [] } })).toEqual([]);
  });
});
