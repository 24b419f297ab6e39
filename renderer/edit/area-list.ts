/** What is wrong with a typed list of areas, for a precise message next to the input. */
export type AreaListProblem = { kind: 'empty' } | { kind: 'notNumber'; token: string } | { kind: 'notPositive'; token: string };

export type AreaListParse = { ok: true; values: number[] } | { ok: false; problem: AreaListProblem };

/**
 * Reads "2.5, 3, 1.2" (commas, Chinese commas, semicolons or spaces between) into areas in 亩.
 * The numbers go to the core as typed; the core converts them to m² exactly.
 */
export function parseAreaList(text: string): AreaListParse {
  const tokens = text.split(/[\s,，;；、]+/).filter((s) => s !== '');
  if (tokens.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const values: number[] = [];
  for (const token of tokens) {
    // Number('') and Number('0x10') would both pass a plain Number() check; accept decimals only.
    if (!/^[+]?(\d+\.?\d*|\.\d+)$/.test(token)) return { ok: false, problem: { kind: 'notNumber', token } };
    const value = Number(token);
    if (!(value > 0)) return { ok: false, problem: { kind: 'notPositive', token } };
    values.push(value);
  }
  return { ok: true, values };
}
