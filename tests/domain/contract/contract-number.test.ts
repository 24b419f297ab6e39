import { describe, expect, it } from 'vitest';
import { formatContractNumber, parsePattern, serialScope } from '../../../src/domain/contract/contract-number';

const parts = { countyCode: '371722', townCode: '104', villageCode: '206', year: 2025, serial: 7 };

describe('contract numbers', () => {
  it('fills county, year, town and a zero-padded serial', () => {
    expect(formatContractNumber('{county}{year}{town}{serial:4}', parts)).toBe('37172220251040007');
    expect(formatContractNumber('{county}{town}{village}-{year}-{serial:5}', parts)).toBe('371722104206-2025-00007');
  });

  it('keeps literal Chinese text around the tokens', () => {
    expect(formatContractNumber('单县流转〔{year}〕{serial:3}号', parts)).toBe('单县流转〔2025〕007号');
    expect(formatContractNumber(parsePattern('LZ-{year}-{serial}'), { ...parts, serial: 123 })).toBe('LZ-2025-123');
  });

  it('refuses a serial wider than its padding rather than cutting it, which would reuse a number', () => {
    expect(formatContractNumber('{serial:3}', { ...parts, serial: 999 })).toBe('999');
    expect(() => formatContractNumber('{serial:3}', { ...parts, serial: 1000 })).toThrow(/超过/);
  });

  it('refuses patterns without exactly one serial, with unknown tokens or with bad widths', () => {
    expect(() => parsePattern('{county}{year}')).toThrow(/只含一个 \{serial\}/);
    expect(() => parsePattern('{serial:3}-{serial:3}')).toThrow(/只含一个/);
    expect(() => parsePattern('{township}{serial:3}')).toThrow(/未知的占位符/);
    expect(() => parsePattern('{year{serial:3}')).toThrow(/未知的占位符/);
    expect(() => parsePattern('{year:2}{serial:3}')).toThrow(/不带位数/);
    expect(() => parsePattern('{serial:0}')).toThrow(/位数应在 1 到 12/);
    expect(() => parsePattern('  ')).toThrow();
  });

  it('refuses codes of the wrong length and a missing code the pattern needs', () => {
    expect(() => formatContractNumber('{county}{serial:3}', { ...parts, countyCode: '3717' })).toThrow(/6 位/);
    expect(() => formatContractNumber('{town}{serial:3}', { ...parts, townCode: '371722104' })).toThrow(/3 位/);
    expect(() => formatContractNumber('{village}{serial:3}', { ...parts, villageCode: null })).toThrow(/\{village\}/);
  });

  it('scopes serials by the tokens of the pattern, so each county, year and town counts on its own', () => {
    expect(serialScope('{county}{year}{town}{serial:4}', parts)).toBe('county=371722;town=104;year=2025');
    expect(serialScope('{county}{year}{town}{serial:4}', { ...parts, townCode: '105' })).toBe('county=371722;town=105;year=2025');
    expect(serialScope('单县流转〔{year}〕{serial:3}号', parts)).toBe('year=2025');
    expect(serialScope('{serial:6}', parts)).toBe('*');
  });

  it('keeps the scope when only literals or padding change, so counting continues', () => {
    expect(serialScope('{county}-{year}-{town}-{serial:6}', parts)).toBe(serialScope('{county}{year}{town}{serial:4}', parts));
  });
});
