import type { MethodInput } from '../../src/api/contract';
import type { Inspection } from '../../src/api/methods/import';

type JoinInput = MethodInput<'import.joinTable'>;
export type JoinKeyBy = JoinInput['key']['by'];
export type JoinFields = JoinInput['fields'];
export type JoinField = keyof JoinFields;

export const JOIN_KEYS: readonly JoinKeyBy[] = ['parcelCode', 'contractCode'];
export const JOIN_FIELDS: readonly JoinField[] = ['householdCode', 'headName', 'idNumber', 'contractCode', 'phone', 'address', 'contractStart', 'contractEnd'];

export interface JoinSetup {
  by: JoinKeyBy;
  keyField: string;
  fields: JoinFields;
}

/**
 * A first join from the columns the core recognised when it inspected the table as parcels: the parcel
 * code column keys the join if there is one, else the contract code; household and contract codes carry over.
 */
export function initialJoin(inspection: Inspection): JoinSetup {
  const { code, contractCode, householdCode } = inspection.mapping.fields;
  const fields: JoinFields = {};
  if (householdCode) fields.householdCode = householdCode;
  if (contractCode && code) fields.contractCode = contractCode;
  if (code) return { by: 'parcelCode', keyField: code, fields };
  return { by: 'contractCode', keyField: contractCode ?? inspection.fields[0]?.name ?? '', fields };
}

/** The join with one household field fed by `column`, or dropped for null. */
export function withJoinField(fields: JoinFields, field: JoinField, column: string | null): JoinFields {
  const next = { ...fields };
  if (column === null) delete next[field];
  else next[field] = column;
  return next;
}
