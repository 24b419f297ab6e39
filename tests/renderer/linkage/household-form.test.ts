import { describe, expect, it } from 'vitest';
import { SHANDONG_DEFAULTS } from '../../../src/domain/linkage/parameters/shandong-defaults';
import { emptyHouseholdForm, householdConsent, householdFromForm, totalFloorM2, type HouseholdForm, type LinkageHousehold } from '../../../renderer/linkage/household-form';

const filled = (patch: Partial<HouseholdForm> = {}): HouseholdForm => ({
  ...emptyHouseholdForm('王桥村'),
  code: 'WQ-200',
  headName: '王大成',
  members: [{ name: '王大成', relation: '户主', birthDate: '1950-03-04', idNumber: '' }],
  homesteadM2: '198.5',
  floorAreaM2: { brickConcrete: '96', brickWood: '', earthWood: '12.5', simple: '' },
  ...patch,
});

const household = (id: number, status: 'agreed' | 'refused' | 'pending'): LinkageHousehold => ({
  id,
  householdId: null,
  code: `H${id}`,
  headName: `户主${id}`,
  villageName: '王桥村',
  members: [{ name: 'a', relation: '户主', birthDate: '1960-01-01', idNumber: null }],
  homesteadM2: 200,
  floorAreaM2: { brickConcrete: 80, brickWood: 10, earthWood: 0, simple: 5 },
  consent: { status, signedOn: status === 'pending' ? null : '2024-06-15' },
});

describe('the household form', () => {
  it('turns typed text into the new-household input, blank floor areas as 0 and a blank ID as none', () => {
    expect(householdFromForm(filled())).toEqual({
      ok: true,
      household: {
        code: 'WQ-200',
        headName: '王大成',
        villageName: '王桥村',
        members: [{ name: '王大成', relation: '户主', birthDate: '1950-03-04', idNumber: null }],
        homesteadM2: 198.5,
        floorAreaM2: { brickConcrete: 96, brickWood: 0, earthWood: 12.5, simple: 0 },
        consent: { status: 'pending', signedOn: null },
      },
    });
  });

  it('names blank member fields, a negative area and a signed consent without its date', () => {
    const draft = householdFromForm(
      filled({ members: [{ name: '', relation: '户主', birthDate: '', idNumber: '' }], floorAreaM2: { brickConcrete: '-1', brickWood: '', earthWood: '', simple: '' }, consentStatus: 'agreed' }),
    );
    expect(draft).toEqual({ ok: false, missing: ['members.0.name', 'members.0.birthDate', 'floorAreaM2.brickConcrete', 'signedOn'] });
  });

  it('sums the floor area over all structure classes', () => {
    expect(totalFloorM2(household(1, 'agreed'))).toBe(95);
  });
});

describe('the consent summary', () => {
  it('compares agreed households with the threshold in force on the date', () => {
    const list = [...Array.from({ length: 19 }, (_, i) => household(i + 1, 'agreed')), household(20, 'pending')];
    const summary = householdConsent(list, SHANDONG_DEFAULTS, '2025-01-01')!;
    expect(summary).toMatchObject({ households: 20, agreed: 19, pending: 1, refused: 0, rate: 0.95, met: true });
    expect(summary.threshold.value).toBe(0.95);
    const refused = householdConsent([...list.slice(0, 18), household(19, 'refused'), household(20, 'pending')], SHANDONG_DEFAULTS, '2025-01-01')!;
    expect(refused).toMatchObject({ agreed: 18, rate: 0.9, met: false });
  });

  it('has nothing to say without households, and refuses a date before any threshold took effect', () => {
    expect(householdConsent([], SHANDONG_DEFAULTS, '2025-01-01')).toBeNull();
    expect(() => householdConsent([household(1, 'agreed')], SHANDONG_DEFAULTS, '2019-12-31')).toThrow(/consentThreshold/);
  });
});
