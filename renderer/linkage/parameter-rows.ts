import type { MethodOutput } from '../../src/api/contract';
import { valueAt } from '../../src/domain/dated-value';

/**
 * The county's parameter table laid out as rows: one per parameter path (`quotaPriceYuanPerMu.county`)
 * or policy name (`policy.revolvingAlerts.warnMonths`), with every dated entry and the one in force.
 * These keys are exactly what linkage.parameters.put takes.
 */

export type ParametersView = MethodOutput<'linkage.parameters.get'>;

export interface ParameterEntry {
  value: unknown;
  effectiveFrom: string;
  source: string;
  /** A LandLink placeholder shipped with the Shandong defaults, not a published figure. */
  placeholder: boolean;
}

export interface ParameterRow {
  key: string;
  /** Entries oldest first. */
  entries: ParameterEntry[];
  inForce: ParameterEntry | null;
}

/** How a value is entered: most are numbers; fees are a share or yuan per 亩; trade scopes a set; grade direction a choice. */
export type ValueKind = 'number' | 'fee' | 'scopes' | 'direction';

function leaves(node: unknown, path: string, out: [string, unknown[]][]): void {
  if (Array.isArray(node)) out.push([path, node]);
  else for (const [k, v] of Object.entries(node as object)) leaves(v, path ? `${path}.${k}` : k, out);
}

const toEntry = (e: unknown): ParameterEntry => {
  const { value, effectiveFrom, source, placeholder } = e as { value: unknown; effectiveFrom: string; source: string; placeholder?: boolean };
  return { value, effectiveFrom, source, placeholder: placeholder === true };
};

const rowOf = (key: string, raw: readonly unknown[], asOf: string): ParameterRow => {
  const entries = raw.map(toEntry).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { key, entries, inForce: valueAt(entries, asOf) };
};

/** One row per leaf of the relocation parameter tree, in the tree's order. */
export function parameterRows(view: Pick<ParametersView, 'parameters'>, asOf: string): ParameterRow[] {
  const out: [string, unknown[]][] = [];
  leaves(view.parameters, '', out);
  return out.map(([key, raw]) => rowOf(key, raw, asOf));
}

/**
 * The rule policy as rows keyed `policy.<name>`. The consent threshold is left out: it is the parameter
 * table's `consentThreshold`. The grade direction is one undated choice, shown as a row without a date.
 */
export function policyRows(view: Pick<ParametersView, 'policy'>, asOf: string): ParameterRow[] {
  const { consentThreshold: _inParameters, gradeDirection, ...dated } = view.policy;
  const out: [string, unknown[]][] = [];
  leaves(dated, '', out);
  const direction: ParameterEntry = { value: gradeDirection, effectiveFrom: '', source: '', placeholder: false };
  return [...out.map(([key, raw]) => rowOf(`policy.${key}`, raw, asOf)), { key: 'policy.gradeDirection', entries: [direction], inForce: direction }];
}

export function valueKind(key: string): ValueKind {
  if (key.startsWith('fees.')) return 'fee';
  if (key === 'policy.ledger.tradeScopes') return 'scopes';
  if (key === 'policy.gradeDirection') return 'direction';
  return 'number';
}

/** What a table cell says a parameter is measured in, as an i18n unit key suffix. */
export function parameterUnit(key: string): string {
  const path = key.replace(/^policy\./, '');
  if (path.startsWith('homesteadCapM2') || path === 'areaToleranceM2') return 'm2';
  if (path === 'floorAreaPerCapitaM2') return 'm2PerPerson';
  if (path.includes('YuanPerM2')) return 'yuanPerM2';
  if (path.includes('YuanPerMu')) return 'yuanPerMu';
  if (path.includes('YuanPerHousehold')) return 'yuanPerHousehold';
  if (path.includes('YuanPerPersonMonth')) return 'yuanPerPersonMonth';
  if (path.startsWith('transitionMonths') || path.startsWith('revolvingAlerts')) return 'months';
  if (path === 'consentThreshold') return 'share';
  return 'none';
}

export type ValueInput = { kind: 'number'; text: string } | { kind: 'fee'; fee: 'share' | 'perMu'; text: string } | { kind: 'scopes'; scopes: string[] } | { kind: 'direction'; direction: string };

/** The value to send for a new entry, or null while the input is blank or not a number. */
export function valueFromInput(input: ValueInput): unknown {
  const num = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));
  switch (input.kind) {
    case 'number':
      return num(input.text);
    case 'fee': {
      const n = num(input.text);
      if (n === null) return null;
      return input.fee === 'share' ? { kind: 'share', share: n } : { kind: 'perMu', yuanPerMu: n };
    }
    case 'scopes':
      return input.scopes;
    case 'direction':
      return input.direction;
  }
}
