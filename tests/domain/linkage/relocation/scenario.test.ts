import { describe, expect, it } from 'vitest';
import { RelocationHouseholdSchema, ageOn } from '../../../../src/domain/linkage/relocation/relocation-household';
import { ScenarioSchema } from '../../../../src/domain/linkage/relocation/scenario';
import { APARTMENTS, COURTYARDS } from './wangqiao-fixture';

describe('the scenario schema', () => {
  it('accepts self-build for courtyards and fills defaults', () => {
    expect(COURTYARDS.homesteadM2).toBeNull();
    expect(COURTYARDS.plotRatio).toEqual({});
  });

  it('rejects self-build apartments with a Chinese message on constructionMode', () => {
    const r = ScenarioSchema.safeParse({ ...APARTMENTS, constructionMode: 'self_build' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['constructionMode'], message: expect.stringContaining('自建') });
  });

  it('rejects a share of gains above 1', () => {
    expect(ScenarioSchema.safeParse({ ...APARTMENTS, villageShareOfGains: 1.2 }).success).toBe(false);
  });
});

describe('relocation households', () => {
  it('default missing structure classes to 0 m² and the ID number to null', () => {
    const h = RelocationHouseholdSchema.parse({
      code: 'X01',
      headName: '史明',
      villageName: '史楼村',
      members: [{ name: '史明', relation: '户主', birthDate: '1970-01-01' }],
      homesteadM2: 210,
      floorAreaM2: { brickConcrete: 95.5 },
      consent: { status: 'agreed', signedOn: '2025-04-01' },
    });
    expect(h.floorAreaM2).toEqual({ brickConcrete: 95.5, brickWood: 0, earthWood: 0, simple: 0 });
    expect(h.members[0]!.idNumber).toBeNull();
  });

  it('count age in whole years, reaching 70 on the birthday', () => {
    expect(ageOn('1955-06-30', '2025-06-29')).toBe(69);
    expect(ageOn('1955-06-30', '2025-06-30')).toBe(70);
  });
});
