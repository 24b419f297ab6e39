import { z } from 'zod';
import { m2ToMu, roundHalfUp } from '../../domain/units';
import type { LinkageParcels } from './linkage-parcels-repo';

/**
 * The area balance of a project (ZJ-02): Σ demolition against Σ construction, ellipsoidal m² summed at
 * full precision, then shown in 亩 (2 decimals) and 公顷 (4 decimals) rounded once from the exact sum.
 */

export const AreaFiguresSchema = z.object({ m2: z.number(), mu: z.number(), ha: z.number() });
export type AreaFigures = z.infer<typeof AreaFiguresSchema>;

export const LinkageBalanceSchema = z.object({
  demolition: AreaFiguresSchema.extend({ parcels: z.number().int() }),
  construction: AreaFiguresSchema.extend({ parcels: z.number().int() }),
  /** demolition − construction: the area the project frees (may be negative). */
  balance: AreaFiguresSchema,
});
export type LinkageBalance = z.infer<typeof LinkageBalanceSchema>;

export const areaFigures = (m2: number): AreaFigures => ({ m2, mu: roundHalfUp(m2ToMu(m2), 2), ha: roundHalfUp(m2 / 10000, 4) });

export function linkageBalance(parcels: LinkageParcels): LinkageBalance {
  const sum = (xs: { areas: { ellipsoidM2: number } }[]) => xs.reduce((s, p) => s + p.areas.ellipsoidM2, 0);
  const demolition = sum(parcels.demolition);
  const construction = sum(parcels.construction);
  return {
    demolition: { ...areaFigures(demolition), parcels: parcels.demolition.length },
    construction: { ...areaFigures(construction), parcels: parcels.construction.length },
    balance: areaFigures(demolition - construction),
  };
}
