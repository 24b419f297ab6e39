import { describe, expect, it } from 'vitest';
import { LinkageParameterTableSchema, parametersAt } from '../../../../src/domain/linkage/parameters/linkage-parameters';
import { SHANDONG_DEFAULTS } from '../../../../src/domain/linkage/parameters/shandong-defaults';
import { TEST_TABLE } from '../relocation/wangqiao-fixture';

type Leaf = { value: unknown; effectiveFrom: string; source: string; placeholder?: boolean };
function leaves(node: unknown, path = ''): [string, Leaf][] {
  if (Array.isArray(node)) return node.map((e: Leaf) => [path, e]);
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('resolving parameters by date', () => {
  it('takes the latest entry on or before the date', () => {
    expect(parametersAt(TEST_TABLE, '2025-06-30').values.quotaPriceYuanPerMu.province?.value).toBe(286000);
    expect(parametersAt(TEST_TABLE, '2025-07-01').values.quotaPriceYuanPerMu.province?.value).toBe(320000);
  });

  it('gives null where no entry is in force yet, and the path of every resolved entry', () => {
    const p = parametersAt(TEST_TABLE, '2019-12-31');
    expect(p.values.consentThreshold).toBeNull();
    expect(p.values.quotaPriceYuanPerMu.crossProvince?.path).toBe('quotaPriceYuanPerMu.crossProvince');
    expect(p.values.fees.design?.value).toEqual({ kind: 'share', share: 0.02 });
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => parametersAt(TEST_TABLE, '2025/06/30')).toThrow('YYYY-MM-DD');
  });
});

describe('the Shandong default table', () => {
  it('parses against the schema', () => {
    expect(LinkageParameterTableSchema.safeParse(SHANDONG_DEFAULTS).success).toBe(true);
  });

  it('carries the old provincial homestead caps with an honest source', () => {
    const caps = parametersAt(SHANDONG_DEFAULTS, '2025-06-30').values.homesteadCapM2;
    expect([caps.suburb, caps.plain, caps.salineWaste, caps.hill, caps.poorSlope].map((c) => c?.value)).toEqual([166, 200, 264, 132, 198]);
    expect(caps.plain?.source).toContain('山东省实施《土地管理法》办法（旧）; domain.md C.7, 现行条例是否沿用待核实');
  });

  it('marks every figure that is not from a document as a placeholder and says so in its source', () => {
    const documented = /^(homesteadCapM2\.|quotaPriceYuanPerMu\.crossProvince$|consentThreshold$)/;
    for (const [path, e] of leaves(SHANDONG_DEFAULTS.parameters)) {
      if (documented.test(path)) expect(e.placeholder, path).toBeUndefined();
      else {
        expect(e.placeholder, path).toBe(true);
        expect(e.source, path).toMatch(/^占位值/);
      }
    }
  });

  it('quotes 国办发〔2018〕16号 for the cross-province price with its [K] caveat, and 95% consent from 2020', () => {
    const p = parametersAt(SHANDONG_DEFAULTS, '2025-06-30').values;
    expect(p.quotaPriceYuanPerMu.crossProvince).toMatchObject({ value: 300000, source: expect.stringMatching(/国办发〔2018〕16号.*\[K\]/) });
    expect(p.consentThreshold?.value).toBe(0.95);
    expect(parametersAt(SHANDONG_DEFAULTS, '2019-06-30').values.consentThreshold).toBeNull();
  });
});
