import type { ConstructionUse } from '../../../domain/linkage/linkage-facts';
import type { ConstructionMode, HomesteadTier, StructureClass } from '../../../domain/linkage/parameters/linkage-parameters';
import type { TableBlock } from '../engine/document-model';

/** The fixed Chinese words of the relocation proposal and the table shapes its sections share. */

export const PROPOSAL_TITLE_SUFFIX = '搬迁安置方案';

export const STATUS_LABELS: Record<string, string> = {
  planning: '规划编制中',
  approved: '已批准',
  implementing: '实施中',
  accepted: '已验收',
  closed: '已结项',
};

export const USE_LABELS: Record<ConstructionUse, string> = { resettlement: '安置区', urban: '城镇建设', other: '其他建设' };

export const STRUCTURE_LABELS: Record<StructureClass, string> = { brickConcrete: '砖混', brickWood: '砖木', earthWood: '土木', simple: '简易' };

export const MODE_LABELS: Record<ConstructionMode, string> = { unified: '统一建设（统建）', self_build: '规划自建' };

export const TIER_LABELS: Record<HomesteadTier, string> = {
  suburb: '城市郊区和乡（镇）政府驻地',
  plain: '平原村庄',
  salineWaste: '盐碱地、荒滩地村庄',
  hill: '丘陵、山区村庄',
  poorSlope: '荒坡薄地',
};

export const SEVERITY_LABELS: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const heading = (text: string) => ({ kind: 'heading' as const, text });
export const para = (text: string, indent = true) => ({ kind: 'paragraph' as const, text, indent });

/** A table with one header row; `spec` is [header, width %, alignment] per column. */
export function simpleTable(spec: [string, number, 'left' | 'center' | 'right'][], rows: string[][], total: string[] | null = null): TableBlock {
  return {
    kind: 'table',
    columns: spec.map(([, widthPct, align]) => ({ widthPct, align })),
    header: [spec.map(([text]) => ({ text }))],
    rows,
    total,
    minRowHeightMm: null,
  };
}
