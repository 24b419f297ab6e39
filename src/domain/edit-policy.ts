import { z } from 'zod';

/**
 * What a split or merge does with each attribute of the parcels involved. Name and land class are
 * NOT NULL in the parcels table, so they can only be carried over, never cleared.
 */
const Keep = z.enum(['copy']);
const CopyOrClear = z.enum(['copy', 'clear']);
const FromLargest = z.enum(['largest']);
const LargestOrClear = z.enum(['largest', 'clear']);

export const AttributePolicySchema = z.object({
  split: z.object({
    name: Keep,
    household: CopyOrClear,
    contractCode: CopyOrClear,
    landClass: Keep,
    qualityGrade: CopyOrClear,
    /** split_by_area: each piece gets the parent's figure × its share of the official area. */
    registeredArea: z.enum(['copy', 'clear', 'split_by_area']),
  }),
  merge: z.object({
    name: FromLargest,
    household: LargestOrClear,
    contractCode: LargestOrClear,
    landClass: FromLargest,
    qualityGrade: LargestOrClear,
    registeredArea: z.enum(['sum', 'largest', 'clear']),
  }),
});
export type AttributePolicy = z.infer<typeof AttributePolicySchema>;

export const DEFAULT_ATTRIBUTE_POLICY: AttributePolicy = {
  split: { name: 'copy', household: 'copy', contractCode: 'copy', landClass: 'copy', qualityGrade: 'copy', registeredArea: 'split_by_area' },
  merge: { name: 'largest', household: 'largest', contractCode: 'largest', landClass: 'largest', qualityGrade: 'largest', registeredArea: 'sum' },
};

export const EDIT_POLICY_SOURCE = 'LandLink default';
/** Map input in lon/lat rounded to 1e-8° (≈1 mm) plus reprojection noise stays well inside 5 cm. */
export const DEFAULT_SNAP_TOLERANCE_M = 0.05;

/**
 * Registered areas of split pieces in proportion to their official areas; the last piece takes what
 * is left so the pieces add up to the parent's figure.
 */
export function splitRegisteredArea(parentM2: number, pieceAreasM2: readonly number[]): number[] {
  const total = pieceAreasM2.reduce((s, a) => s + a, 0);
  const shares = pieceAreasM2.map((a) => (parentM2 * a) / total);
  shares[shares.length - 1] = parentM2 - shares.slice(0, -1).reduce((s, a) => s + a, 0);
  return shares;
}

/**
 * Codes for the pieces of a parcel. A 19-digit code (group prefix of 14 + 5-digit serial) gives
 * the next free serials in its group; any other code gets '-1', '-2', … appended, skipping taken ones.
 */
export function pieceCodes(parentCode: string, count: number, taken: (code: string) => boolean, maxSerialInGroup: number): string[] {
  const codes: string[] = [];
  if (/^\d{19}$/.test(parentCode)) {
    const prefix = parentCode.slice(0, 14);
    for (let serial = maxSerialInGroup + 1; codes.length < count; serial++) {
      if (serial > 99999) throw new Error(`组 ${prefix} 的地块顺序号已用完 (99999)`);
      const code = prefix + String(serial).padStart(5, '0');
      if (!taken(code)) codes.push(code);
    }
    return codes;
  }
  for (let n = 1; codes.length < count; n++) if (!taken(`${parentCode}-${n}`)) codes.push(`${parentCode}-${n}`);
  return codes;
}
