import { roundHalfUp } from '../units';

/**
 * Amounts in Chinese capital numerals (大写金额) as written on contracts and cheques, following the
 * writing rules of the PBoC 支付结算办法 (附一《正确填写票据和结算凭证的基本规定》):
 * - "壹拾" keeps its 壹; a run of zeros inside the number is one 零;
 * - whole yuan end in 整; an amount ending in 角 has no 整; 零 is written between 元 and 分 when 角 is 0;
 * - where the rules allow 零 or nothing (元/万 place 0 but 角/千 place not), we write nothing:
 *   1,680.32 → 壹仟陆佰捌拾元叁角贰分, 107,000.53 → 壹拾万柒仟元伍角叁分.
 * The unit is 元 rather than the older 圆: both are allowed, and the 2021 model contract and local
 * templates print 元.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;

/** 1 ≤ n ≤ 9999: digits with their places, inner zero runs as one 零, trailing zeros dropped. */
function belowTenThousand(n: number): string {
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      pendingZero = true;
      return;
    }
    if (pendingZero && out) out += '零';
    pendingZero = false;
    out += DIGITS[d] + PLACES[digits.length - 1 - i]!;
  });
  return out;
}

/** A positive whole number; the lower part after 万 or 亿 gets a 零 when its leading place is 0. */
function wholeNumber(n: number): string {
  for (const [size, unit] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (n >= size) {
      const high = Math.floor(n / size);
      const low = n - high * size;
      if (low === 0) return wholeNumber(high) + unit;
      return wholeNumber(high) + unit + (low < size / 10 ? '零' : '') + wholeNumber(low);
    }
  }
  return belowTenThousand(n);
}

/** The amount in 大写, rounded half up to the fen first; refuses negative and non-finite amounts. */
export function yuanInCapitals(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`金额必须是非负数，收到 ${amount}`);
  const fen = Math.round(roundHalfUp(amount, 2) * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额过大，无法写成大写：${amount}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  const head = yuan > 0 ? wholeNumber(yuan) + '元' : '';
  if (jiao === 0 && cents === 0) return head + '整';
  const jiaoPart = jiao > 0 ? DIGITS[jiao] + '角' : head ? '零' : '';
  return head + jiaoPart + (cents > 0 ? DIGITS[cents] + '分' : '');
}

/** Yuan for print: rounded half up to 2 decimals with thousands separators, e.g. 12,345.60. */
export function formatYuan(amount: number): string {
  const fixed = roundHalfUp(amount, 2).toFixed(2);
  const [whole, decimals] = fixed.replace('-', '').split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fixed.startsWith('-') ? '-' : ''}${grouped}.${decimals}`;
}
