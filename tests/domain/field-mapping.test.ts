import { describe, expect, it } from 'vitest';
import { guessMapping, isTruncationOf } from '../../src/domain/field-mapping';

describe('guessing the field mapping', () => {
  it('recognises the contract-rights database names and says 亩 for HTMJ', () => {
    expect(guessMapping('parcels', ['DKBM', 'DKMC', 'CBFBM', 'HTMJ', 'DLBM', 'DLDJ'])).toEqual({
      fields: { code: 'DKBM', name: 'DKMC', householdCode: 'CBFBM', contractCode: null, registeredArea: 'HTMJ', landClass: 'DLBM', qualityGrade: 'DLDJ', villageName: null, townName: null, countyName: null },
      registeredAreaUnit: 'mu',
    });
  });

  it('recognises names a Shapefile writer cut to 10 characters, but not other short names', () => {
    const m = guessMapping('parcels', ['code', 'household_', 'contract_c', 'quality_gr']);
    expect(m.fields).toMatchObject({ householdCode: 'household_', contractCode: 'contract_c', qualityGrade: 'quality_gr' });
    expect(isTruncationOf('household_', 'household_code')).toBe(true);
    expect(isTruncationOf('household', 'household_code')).toBe(false);
  });

  it('takes the unit from a name that says it', () => {
    expect(guessMapping('parcels', ['code', 'registered_area_m2']).registeredAreaUnit).toBe('m2');
    expect(guessMapping('parcels', ['code', '合同面积']).registeredAreaUnit).toBe('mu');
  });
});
