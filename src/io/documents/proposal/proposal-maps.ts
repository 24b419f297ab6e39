import type { AreaGeometry } from '../../../domain/geometry';
import { parcelMapSvg } from '../parcel-map-svg';
import type { ProposalInput } from './proposal-input';

/**
 * The proposal's maps, drawn over the dashed project boundary with legend, scale and north arrow:
 * demolition parcels (拆旧) red-hatched, construction parcels (建新) blue. The demolished villages lie
 * kilometres apart while their homesteads are a few metres across, so one overview shows the layout
 * and each village's demolition parcels and the construction parcels get a figure at a readable scale.
 * Homesteads come by the hundred, so only construction parcels are numbered (建1 … keyed to codes).
 */

export interface ProposalMap {
  svg: string;
  note: string;
}

type Parcels = ProposalInput['parcels'];

const OVERVIEW = { widthMm: 170, heightMm: 130 };
const DETAIL = { widthMm: 170, heightMm: 150 };

function draw(parcels: Parcels, size: { widthMm: number; heightMm: number }, title: string, labelConstruction: boolean): string {
  return parcelMapSvg({
    parcels: [
      ...parcels.demolition.map((p) => ({ code: p.code, label: '', geometry: p.geometry, highlighted: true, kind: 'demolition' as const })),
      ...parcels.construction.map((p, i) => ({ code: p.code, label: labelConstruction ? `建${i + 1}` : '', geometry: p.geometry, highlighted: true, kind: 'construction' as const })),
    ],
    context: parcels.boundary.map((geometry: AreaGeometry) => ({ geometry, kind: 'projectArea' as const })),
    ...size,
    title,
  });
}

export function proposalMaps(input: Pick<ProposalInput, 'project' | 'parcels'>): ProposalMap[] {
  const { demolition, construction } = input.parcels;
  if (demolition.length + construction.length === 0) return [];
  const boundaryNote = input.parcels.boundary.length ? '虚线为项目区范围' : '项目区范围尚未绘制';
  const maps: ProposalMap[] = [
    {
      svg: draw(input.parcels, OVERVIEW, `${input.project.name} 拆旧建新总体布局图`, false),
      note: `图 1　总体布局：红色斜线为拆旧地块（${demolition.length} 块），蓝色为建新地块（${construction.length} 块）；${boundaryNote}。`,
    },
  ];
  const villages = [...new Set(demolition.map((p) => p.villageName))];
  for (const v of villages) {
    const of = demolition.filter((p) => p.villageName === v);
    maps.push({
      svg: draw({ demolition: of, construction: [], boundary: [] }, DETAIL, `${v}拆旧地块图`, false),
      note: `图 ${maps.length + 1}　${v}拆旧地块 ${of.length} 块。`,
    });
  }
  if (construction.length > 0) {
    maps.push({
      svg: draw({ demolition: [], construction, boundary: [] }, DETAIL, '建新地块图', true),
      note: `图 ${maps.length + 1}　建新地块：${construction.map((c, i) => `建${i + 1}＝${c.code}`).join('，')}。`,
    });
  }
  return maps;
}
