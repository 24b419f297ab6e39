import { describe, expect, it } from 'vitest';
import { isCollectiveUscc, isValidUscc, usccCheckChar } from '../../../src/domain/contract/uscc';

describe('unified social credit codes (GB 32100)', () => {
  it('accepts the standard’s own example and published codes of real companies', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('914403001922038216')).toBe(true);
  });

  it('rejects a wrong check character, a forbidden letter, a bad authority code and a wrong length', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M0001O0Y43')).toBe(false);
    expect(isValidUscc('H1350100M000100Y4' + usccCheckChar('01350100M000100Y4'))).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100m000100y43')).toBe(false);
  });

  it('takes a check value of 31 as 0', () => {
    const first17 = Array.from({ length: 1000 }, (_, i) => `91371722${String(i).padStart(9, '0')}`).find((c) => usccCheckChar(c) === '0');
    expect(first17).toBeDefined();
    expect(isValidUscc(`${first17}0`)).toBe(true);
  });

  it('recognises a collective by the agriculture registration authority N', () => {
    expect(isCollectiveUscc('N2371722MF1234567M')).toBe(true);
    expect(isCollectiveUscc('93371722MA3C4F5K0T')).toBe(false);
    expect(isCollectiveUscc('N2371722MF1234567A')).toBe(false);
  });
});
