import { describe, expect, it } from 'vitest';
import { VertexIds } from '../../../src/geo/checks/vertex-ids';

describe('VertexIds', () => {
  it('gives each exact coordinate pair one id, also after the table has grown', () => {
    const ids = new VertexIds(1);
    const first = Array.from({ length: 5000 }, (_, i) => ids.id(39402000 + i * 0.1, 3860000 - i));
    expect(new Set(first).size).toBe(5000);
    expect(ids.size).toBe(5000);
    const again = Array.from({ length: 5000 }, (_, i) => ids.id(39402000 + i * 0.1, 3860000 - i));
    expect(again).toEqual(first);
    expect([ids.x(first[4999]!), ids.y(first[4999]!)]).toEqual([39402000 + 4999 * 0.1, 3860000 - 4999]);
  });

  it('tells apart eastings one unit in the last place apart and treats −0 as 0', () => {
    const ids = new VertexIds();
    const x = 39402000.1;
    expect(ids.id(x, 1)).not.toBe(ids.id(x + 2 ** -27, 1));
    expect(ids.id(-0, 0)).toBe(ids.id(0, -0));
  });
});
