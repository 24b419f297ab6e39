import { describe, expect, it } from 'vitest';
import { InspectionSchema, type Inspection } from '../../../src/api/methods/import';
import { initialJoin, withJoinField } from '../../../renderer/import/join-fields';

const table = (fields: Record<string, string | null>, columns: string[]): Inspection =>
  InspectionSchema.parse({
    file: 'households.xlsx', format: 'xlsx', layers: ['Sheet1'], layer: 'Sheet1', featureCount: 2,
    fields: columns.map((name) => ({ name, type: 'string', samples: [] })),
    crs: { srsId: null, how: 'unknown', detail: '', swapped: false }, encoding: null, problems: [], problemCount: 0, fatal: false,
    target: 'parcels', mapping: { fields, registeredAreaUnit: 'mu' }, mappingRemembered: false, projectSrsId: 4527,
  });

describe('the household-table join setup', () => {
  it('keys by the parcel-code column when the table has one and carries the household and contract codes', () => {
    const setup = initialJoin(table({ code: 'DKBM', householdCode: 'CBFBM', contractCode: 'CBHTBM' }, ['DKBM', 'CBFBM', 'CBHTBM', 'XM']));
    expect(setup).toEqual({ by: 'parcelCode', keyField: 'DKBM', fields: { householdCode: 'CBFBM', contractCode: 'CBHTBM' } });
  });

  it('falls back to the contract code as key when there is no parcel code column', () => {
    const setup = initialJoin(table({ code: null, householdCode: 'CBFBM', contractCode: 'CBHTBM' }, ['CBHTBM', 'CBFBM']));
    expect(setup).toEqual({ by: 'contractCode', keyField: 'CBHTBM', fields: { householdCode: 'CBFBM' } });
  });

  it('starts from the first column when nothing was recognised', () => {
    expect(initialJoin(table({}, ['A', 'B']))).toEqual({ by: 'contractCode', keyField: 'A', fields: {} });
  });

  it('removes a field set back to none instead of sending an empty column name', () => {
    const fields = withJoinField({ headName: 'XM' }, 'phone', 'DH');
    expect(fields).toEqual({ headName: 'XM', phone: 'DH' });
    expect(withJoinField(fields, 'headName', null)).toEqual({ phone: 'DH' });
  });
});
