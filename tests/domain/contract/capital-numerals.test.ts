import { describe, expect, it } from 'vitest';
import { formatYuan, yuanInCapitals } from '../../../src/domain/contract/capital-numerals';

/** Known conversions under the PBoC cheque-writing rules, several taken from the rules' own examples. */
const TABLE: [number, string][] = [
  [1005.5, '壹仟零伍元伍角'],
  [10010, '壹万零壹拾元整'],
  [100000.07, '壹拾万元零柒分'],
  [0.3, '叁角'],
  [1409.5, '壹仟肆佰零玖元伍角'],
  [6007.14, '陆仟零柒元壹角肆分'],
  [1680.32, '壹仟陆佰捌拾元叁角贰分'],
  [107000.53, '壹拾万柒仟元伍角叁分'],
  [16409.02, '壹万陆仟肆佰零玖元零贰分'],
  [325.04, '叁佰贰拾伍元零肆分'],
  [0, '零元整'],
  [0.07, '柒分'],
  [0.35, '叁角伍分'],
  [10, '壹拾元整'],
  [15, '壹拾伍元整'],
  [100, '壹佰元整'],
  [3200, '叁仟贰佰元整'],
  [5380, '伍仟叁佰捌拾元整'],
  [20305, '贰万零叁佰零伍元整'],
  [10100.1, '壹万零壹佰元壹角'],
  [1000000, '壹佰万元整'],
  [1000010, '壹佰万零壹拾元整'],
  [100000000, '壹亿元整'],
  [100010000, '壹亿零壹万元整'],
  [110000000, '壹亿壹仟万元整'],
  [1000000001, '壹拾亿零壹元整'],
  [123456789.12, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
  [1e12, '壹万亿元整'],
  [1000100000000, '壹万零壹亿元整'],
];

describe('amounts in Chinese capital numerals (大写)', () => {
  it.each(TABLE)('writes %d as %s', (amount, capitals) => {
    expect(yuanInCapitals(amount)).toBe(capitals);
  });

  it('rounds half up to the fen before writing, on the decimal value', () => {
    expect(yuanInCapitals(1.005)).toBe('壹元零壹分');
    expect(yuanInCapitals(2.675)).toBe('贰元陆角捌分');
    expect(yuanInCapitals(0.005)).toBe('壹分');
    expect(yuanInCapitals(0.004)).toBe('零元整');
    expect(yuanInCapitals(999.995)).toBe('壹仟元整');
  });

  it('refuses negative, non-finite and unrepresentably large amounts', () => {
    expect(() => yuanInCapitals(-0.01)).toThrow(/非负/);
    expect(() => yuanInCapitals(Number.NaN)).toThrow(RangeError);
    expect(() => yuanInCapitals(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => yuanInCapitals(1e15)).toThrow(/过大/);
  });
});

describe('yuan for print', () => {
  it('shows two decimals, rounded half up, with thousands separators', () => {
    expect(formatYuan(12345.6)).toBe('12,345.60');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('5.00');
    expect(formatYuan(999.995)).toBe('1,000.00');
    expect(formatYuan(1234567.005)).toBe('1,234,567.01');
    expect(formatYuan(-1234.5)).toBe('-1,234.50');
    expect(formatYuan(-0.001)).toBe('0.00');
  });
});
