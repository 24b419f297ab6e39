import type { LinkageFacts } from '../linkage-facts';
import { pb01Linkage } from './pb-01-construction-on-basic-farmland';
import { pb03ReclaimedToBasicFarmland } from './pb-03-reclaimed-to-basic-farmland';
import { findingsOf, type LinkageFinding, type LinkageRule } from './rule';
import { zj01OneCounty } from './zj-01-one-county';
import { zj01bParcelsWithinArea } from './zj-01b-parcels-within-area';
import { zj02DemolitionCoversConstruction } from './zj-02-demolition-covers-construction';
import { zj03CultivatedBalance } from './zj-03-cultivated-balance';
import { zj04AvoidBasicFarmland } from './zj-04-avoid-basic-farmland';
import { zj05RevolvingReturn } from './zj-05-revolving-return';
import { zj06AcceptanceFirst } from './zj-06-acceptance-first';
import { zj07Surplus } from './zj-07-surplus';
import { zj08GainsToVillages } from './zj-08-gains-to-villages';
import { zj09Consent } from './zj-09-consent';
import { zj10LandClassBalance } from './zj-10-land-class-balance';
import { zj11ReclaimedUsable } from './zj-11-reclaimed-usable';
import { zj12ContractedLand } from './zj-12-contracted-land';

/**
 * The project-area checks of domain.md C.3 and the basic-farmland checks of E.4 that apply to a linkage
 * project, in their order. PB-02 (transfer contracts) is exported from its own file for that side.
 */
export const LINKAGE_RULES: readonly LinkageRule[] = [
  zj01OneCounty,
  zj01bParcelsWithinArea,
  zj02DemolitionCoversConstruction,
  zj03CultivatedBalance,
  zj04AvoidBasicFarmland,
  zj05RevolvingReturn,
  zj06AcceptanceFirst,
  zj07Surplus,
  zj08GainsToVillages,
  zj09Consent,
  zj10LandClassBalance,
  zj11ReclaimedUsable,
  zj12ContractedLand,
  pb01Linkage,
  pb03ReclaimedToBasicFarmland,
];

/** Every finding of every rule, in rule order; a project with any 'error' may not be scheduled or printed final. */
export const runLinkageRules = (facts: LinkageFacts): LinkageFinding[] => LINKAGE_RULES.flatMap((rule) => findingsOf(rule, facts));
