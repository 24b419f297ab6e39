import type { Evaluation } from './scenario-draft';
import { formatM2 } from '../../src/domain/units';
import { formatCount, formatHa, formatMu, formatShare, formatYuan } from './ledger-figures';

/**
 * The comparison table's cells: the core's exact figures formatted by unit (m² as 亩 and 公顷, yuan with
 * separators, shares as percentages), and which of them are deficits to highlight.
 */

export type ComparisonRow = Evaluation['rows'][number];

/**
 * The unit a row is shown in: land (land.*) in 亩 with 公顷 beside it; floor area stays in m², as
 * buildings are measured; everything else in the core's own unit.
 */
export type DisplayUnit = 'mu' | 'm2' | Exclude<ComparisonRow['unit'], 'm2'>;
export const displayUnit = (row: Pick<ComparisonRow, 'key' | 'unit'>): DisplayUnit =>
  row.unit === 'm2' ? (row.key.startsWith('land.') ? 'mu' : 'm2') : (row.unit as DisplayUnit);

export interface Cell {
  /** Main text, e.g. "12.34" (亩) or "1,250,000.00" (元). */
  text: string;
  /** Secondary text: 公顷 for areas. */
  secondary: string | null;
  deficit: boolean;
}

/** Rows whose negative value means money or land is missing: surplus land, net gain and the funding balance. */
const DEFICIT_KEYS: ReadonlySet<string> = new Set(['land.surplus', 'balance.netGain', 'balance.final']);

export function comparisonCell(row: Pick<ComparisonRow, 'key' | 'unit'>, value: number | null): Cell {
  if (value === null) return { text: '—', secondary: null, deficit: false };
  const deficit = DEFICIT_KEYS.has(row.key) && value < 0;
  switch (displayUnit(row)) {
    case 'mu':
      return { text: formatMu(value), secondary: formatHa(value), deficit };
    case 'm2':
      return { text: formatM2(value), secondary: null, deficit };
    case 'yuan':
    case 'yuanPerMu':
      return { text: formatYuan(value), secondary: null, deficit };
    case 'share':
      return { text: formatShare(value), secondary: null, deficit };
    default:
      return { text: formatCount(value), secondary: null, deficit };
  }
}

/** Scenario ids whose funding balance or surplus is negative, for the column header's flag. */
export function deficitScenarios(evaluation: Evaluation): string[] {
  return evaluation.evaluations
    .filter((_, i) => evaluation.rows.some((row) => comparisonCell(row, row.values[i] ?? null).deficit))
    .map((e) => e.scenarioId);
}
