import { z } from 'zod';
import { LandUseKindSchema, type LandUseKind } from '../../contract/contract-draft';
import type { ParcelList } from './parcel-list';
import type { LandRule, LinkageRuleFinding } from './rule';

/** A transfer-contract parcel with its agreed use and permanent-basic-farmland attribute. */
export const BasicFarmlandUseSchema = z.object({
  id: z.string(),
  code: z.string(),
  use: LandUseKindSchema,
  basicFarmland: z.boolean(),
});
export type BasicFarmlandUse = z.infer<typeof BasicFarmlandUseSchema>;

const BANNED: Partial<Record<LandUseKind, string>> = { orchard: '果园', forest: '林地', fishpond: '养鱼坑塘', non_farm: '非农建设' };

/**
 * Permanent basic farmland may not become orchard, forest, fish pond or non-farm land (error); any other
 * use than grain warns (非粮化). For the transfer-contract side; the linkage rule set does not run it.
 */
export const pb02BasicFarmlandUse: LandRule<ParcelList<BasicFarmlandUse>> = {
  id: 'PB-02',
  severity: 'error',
  titleKey: 'rule.PB-02.title',
  basis: '《土地管理法》第三十五条、第三十七条：禁止占用永久基本农田发展林果业和挖塘养鱼；国办发〔2020〕44号防止耕地“非粮化”（文号未核实）',
  check({ listPath, parcels }) {
    return parcels.flatMap((p, i): LinkageRuleFinding[] => {
      if (!p.basicFarmland || p.use === 'grain') return [];
      const path = `${listPath}.${i}.use`;
      const banned = BANNED[p.use];
      if (banned) return [{ message: `地块 ${p.code} 属永久基本农田，不得用于${banned}`, path, parcelIds: [p.id] }];
      return [{ severity: 'warning', message: `地块 ${p.code} 属永久基本农田，用途不是种粮，应优先用于粮食生产`, path, parcelIds: [p.id] }];
    });
  },
};
