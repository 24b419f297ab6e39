import { describe, expect, it } from 'vitest';
import { codeFormatRule } from '../../../src/geo/checks/code-format';
import { duplicateCodeRule } from '../../../src/geo/checks/duplicate-code';
import { X0, Y0, parcel, problemsOf, rectRing, setOf } from './parcels';

describe('duplicate code rule', () => {
  it('reports each code carried by more than one parcel once, with all its parcels and their joint box', () => {
    const a = parcel([rectRing(0, 0, 10, 10)], { code: '3717221040010100001' });
    const b = parcel([rectRing(30, 0, 10, 10)], { code: '3717221040010100001' });
    const c = parcel([rectRing(60, 0, 10, 10)], { code: '3717221040010100002' });
    const found = problemsOf(duplicateCodeRule, setOf(a, b, c));
    expect(found).toHaveLength(1);
    expect(found[0]!.parcelIds).toEqual([a.id, b.id]);
    expect(found[0]!.bbox).toEqual([X0, Y0, X0 + 40, Y0 + 10]);
    expect(found[0]!.message).toBe('地块代码 3717221040010100001 重复 2 次');
  });

  it('does not report distinct codes', () => {
    expect(problemsOf(duplicateCodeRule, setOf(parcel([rectRing(0, 0, 10, 10)]), parcel([rectRing(30, 0, 10, 10)])))).toEqual([]);
  });
});

describe('code format rule', () => {
  it('accepts 19-digit codes and reports short, long and non-digit ones', () => {
    const good = parcel([rectRing(0, 0, 10, 10)], { code: '3717221040010100001' });
    const short = parcel([rectRing(20, 0, 10, 10)], { code: '371722104001010001' });
    const long = parcel([rectRing(40, 0, 10, 10)], { code: '37172210400101000011' });
    const letters = parcel([rectRing(60, 0, 10, 10)], { code: '37172210400101A0001' });
    const found = problemsOf(codeFormatRule, setOf(good, short, long, letters));
    expect(found.map((p) => p.parcelIds[0])).toEqual([short.id, long.id, letters.id]);
    expect(found[0]!.message).toContain('18 位');
    expect(found[2]!.message).toContain('含非数字字符');
  });
});
