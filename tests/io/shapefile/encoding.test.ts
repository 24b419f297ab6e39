import { describe, expect, it } from 'vitest';
import { normaliseEncodingLabel, sniffEncoding } from '../../../src/io/shapefile/encoding';

const gbk = new Uint8Array([0xb5, 0xd8, 0xbf, 0xe9]); // 地块
const utf8 = new TextEncoder().encode('地块');

describe('normaliseEncodingLabel', () => {
  it.each([
    ['GBK', 'gbk'],
    ['gbk', 'gbk'],
    ['CP936', 'gbk'],
    ['cp 936', 'gbk'],
    ['936', 'gbk'],
    ['ANSI 936', 'gbk'],
    ['GB2312', 'gbk'],
    ['54936', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['UTF-8', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['65001', 'utf-8'],
    ['\uFEFFGBK\r\n', 'gbk'],
    ['  ANSI 936\n', 'gbk'],
  ])('reads %j as %s', (label, expected) => {
    expect(normaliseEncodingLabel(label)).toBe(expected);
  });

  it('returns null for a code page it does not know', () => {
    expect(normaliseEncodingLabel('ISO-8859-1')).toBeNull();
    expect(normaliseEncodingLabel('')).toBeNull();
  });

  it('gives labels every one of which Node TextDecoder accepts', () => {
    for (const label of ['GBK', 'CP936', '54936', '65001']) {
      expect(() => new TextDecoder(normaliseEncodingLabel(label)!)).not.toThrow();
    }
  });
});

describe('sniffEncoding', () => {
  it('takes valid UTF-8 with Chinese as UTF-8 and says so', () => {
    const guess = sniffEncoding([new TextEncoder().encode('ABC'), utf8]);
    expect(guess).toMatchObject({ label: 'utf-8', how: 'detected' });
    expect(guess.detail).toContain('UTF-8');
  });

  it('takes GBK bytes, which are not valid UTF-8, as GBK', () => {
    const guess = sniffEncoding([utf8, gbk]);
    expect(guess).toMatchObject({ label: 'gbk', how: 'detected' });
    expect(guess.detail).toContain('不是有效的 UTF-8');
  });

  it('falls back to GBK for pure ASCII and explains why', () => {
    const guess = sniffEncoding([new TextEncoder().encode('DKBM')]);
    expect(guess.label).toBe('gbk');
    expect(guess.detail).toContain('ASCII');
  });
});
