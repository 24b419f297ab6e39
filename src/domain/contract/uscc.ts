/**
 * GB 32100-2015 unified social credit code (统一社会信用代码): registration authority (1), entity type (1),
 * administrative division (6 digits), organisation code (9), check character (1). Letters I, O, S, V, Z
 * never occur, so they cannot be mistaken for digits.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^i mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[1-9A-GNY][0-9A-HJ-NP-RTUW-Y]\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The 18th character for the first 17; throws on a character outside the code's alphabet. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`统一社会信用代码第 ${i + 1} 位“${first17[i] ?? ''}”不是有效字符`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function isValidUscc(code: string): boolean {
  return SHAPE.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

/** Registration authority N: agriculture departments, who register rural collective economic organisations. */
export const isCollectiveUscc = (code: string): boolean => isValidUscc(code) && code[0] === 'N';
