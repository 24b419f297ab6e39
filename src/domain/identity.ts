/** Checksums for Chinese identifiers, used to validate parties and the demo data. */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: the 18th character of a citizen ID is a mod-11 checksum of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export function isValidCitizenId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = id.slice(6, 14);
  const y = Number(birth.slice(0, 4));
  const m = Number(birth.slice(4, 6));
  const d = Number(birth.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idCheckChar(id.slice(0, 17)) === id[17];
}

/**
 * 19-digit contract-rights parcel code (承包地块代码): county (6) + town (3) + village (3) +
 * group (2) + parcel (5).
 */
export const PARCEL_CODE_PATTERN = /^\d{6}\d{3}\d{3}\d{2}\d{5}$/;

/** 承包方代码: issuer code (14) + household sequence (4). */
export const HOUSEHOLD_CODE_PATTERN = /^\d{18}$/;
/** 承包合同代码: household code + 'J' (the contract-rights registration convention). */
export const CONTRACT_CODE_PATTERN = /^\d{18}J$/;
