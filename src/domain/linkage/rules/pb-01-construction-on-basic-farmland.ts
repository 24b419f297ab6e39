import { z } from 'zod';
import { ConstructionUseSchema, type ConstructionUse, type LinkageFacts } from '../linkage-facts';
import type { ParcelList } from './parcel-list';
import type { LandRule, LinkageRule } from './rule';

/** A construction or resettlement site with its permanent-basic-farmland register attribute. */
export const BasicFarmlandSiteSchema = z.object({
  id: z.string(),
  code: z.string(),
  use: ConstructionUseSchema,
  basicFarmland: z.boolean(),
});
export type BasicFarmlandSite = z.infer<typeof BasicFarmlandSiteSchema>;

const USE_NAMES: Record<ConstructionUse, string> = { resettlement: '安置区', urban: '城镇建设', other: '建设' };

/**
 * Construction and resettlement sites may not be on permanent basic farmland, by the parcel's register
 * attribute. ZJ-04 checks the same constraint by geometric overlay; both hold when the data agree.
 */
export const pb01ConstructionOnBasicFarmland: LandRule<ParcelList<BasicFarmlandSite>> = {
  id: 'PB-01',
  severity: 'error',
  titleKey: 'rule.PB-01.title',
  basis: '《土地管理法》第三十五条：永久基本农田一经划定，任何单位和个人不得擅自占用或者改变其用途',
  check({ listPath, parcels }) {
    return parcels.flatMap((p, i) =>
      p.basicFarmland
        ? [
            {
              message: `${USE_NAMES[p.use]}地块 ${p.code} 登记为永久基本农田，不得用于${USE_NAMES[p.use]}`,
              path: `${listPath}.${i}.basicFarmland`,
              parcelIds: [p.id],
            },
          ]
        : [],
    );
  },
};

/** PB-01 over a linkage project's construction parcels. */
export const pb01Linkage: LinkageRule = {
  ...pb01ConstructionOnBasicFarmland,
  check: (facts: LinkageFacts) =>
    pb01ConstructionOnBasicFarmland.check({ listPath: 'constructionParcels', parcels: facts.constructionParcels }),
};
