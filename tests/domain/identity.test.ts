import { describe, expect, it } from 'vitest';
import { CONTRACT_CODE_PATTERN, idCheckChar, isValidCitizenId, PARCEL_CODE_PATTERN } from '../../src/domain/identity';

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts a number whose 18th character is the mod-11 checksum, including X', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidCitizenId('11010519491231002X')).toBe(true);
    const first17 = '37172219650312001';
    expect(isValidCitizenId(first17 + idCheckChar(first17))).toBe(true);
  });

  it('rejects a wrong checksum, an impossible birth date and a wrong length', () => {
    expect(isValidCitizenId('110105194912310021')).toBe(false);
    const feb30 = '37172219650230001';
    expect(isValidCitizenId(feb30 + idCheckChar(feb30))).toBe(false);
    expect(isValidCitizenId('37172219650312001')).toBe(false);
  });
});

describe('contract-rights codes', () => {
  it('takes 19-digit parcel codes and 18-digit household codes followed by J', () => {
    expect(PARCEL_CODE_PATTERN.test('3717221042060100001')).toBe(true);
    expect(PARCEL_CODE_PATTERN.test('371722104206010001')).toBe(false);
    expect(CONTRACT_CODE_PATTERN.test('371722104206010001J')).toBe(true);
    expect(CONTRACT_CODE_PATTERN.test('3717221042060100011')).toBe(false);
  });
});
