import type { MethodInput } from '../../src/api/contract';
import { SUPPORTED_SRS_IDS, srsName } from '../../src/geo/crs';
import type { MessageKey } from '../i18n/messages';

export type ReadOptions = NonNullable<MethodInput<'import.inspect'>['options']>;

/** Encodings a planner can force when the guess garbles Chinese field values. */
export const ENCODINGS = ['GBK', 'GB18030', 'UTF-8'] as const;

const ENCODING_HOW: Readonly<Record<string, MessageKey>> = {
  cpg: 'import.encoding.how.cpg',
  detected: 'import.encoding.how.detected',
  given: 'import.encoding.how.given',
  format: 'import.encoding.how.format',
};
/** How the core settled on an encoding, as a message key; null for a way this UI does not know yet. */
export const encodingHowKey = (how: string): MessageKey | null => (Object.hasOwn(ENCODING_HOW, how) ? ENCODING_HOW[how]! : null);

/** Every CRS the core can read, as `EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39`. */
export const SRS_CHOICES: ReadonlyArray<{ srsId: number; label: string }> = SUPPORTED_SRS_IDS.map((srsId) => ({
  srsId,
  label: `EPSG:${srsId} ${srsName(srsId)}`,
}));

/** Select values for the tri-state swap option: absent = detect. */
export type SwapChoice = 'auto' | 'swap' | 'keep';
export const swapChoice = (swapXY: boolean | undefined): SwapChoice => (swapXY === undefined ? 'auto' : swapXY ? 'swap' : 'keep');
export const swapOption = (choice: SwapChoice): boolean | undefined => (choice === 'auto' ? undefined : choice === 'swap');

/** Options with one value set or, for undefined, removed (the core then guesses it again). */
export function withOption<K extends keyof ReadOptions>(options: ReadOptions, key: K, value: ReadOptions[K] | undefined): ReadOptions {
  const next = { ...options };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
