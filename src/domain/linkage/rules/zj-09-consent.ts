import { valueAt } from '../../dated-value';
import type { LinkageFacts } from '../linkage-facts';
import { demolitionPath } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { citePolicy, percent } from './wording';

type Parcel = LinkageFacts['demolitionParcels'][number];

/** Each household once per village, even when its buildings span several demolition parcels. */
function householdsOf(parcels: Parcel[]) {
  return [...new Map(parcels.flatMap((p) => p.households).map((h) => [h.code, h])).values()];
}

/**
 * Before demolition is scheduled in a village, the village meeting has resolved it and the households that
 * signed their consent on or before the first scheduled date reach the threshold in force on that date.
 * Checked per village: when every village passes, the project's overall rate passes too.
 */
export const zj09Consent: LinkageRule = {
  id: 'ZJ-09',
  severity: 'error',
  titleKey: 'rule.ZJ-09.title',
  basis: '国发〔2010〕47号：尊重农民意愿，不得强拆强迁（条款号未核实）；山东省 2020 年新闻发布会：村民同意率不低于 95%（二手资料）',
  check(facts) {
    const villageCodes = [...new Set(facts.demolitionParcels.filter((p) => p.scheduledDemolitionDate !== null).map((p) => p.villageCode))];
    return villageCodes.flatMap((code): LinkageRuleFinding[] => {
      const parcels = facts.demolitionParcels.filter((p) => p.villageCode === code);
      const scheduled = parcels.filter((p) => p.scheduledDemolitionDate !== null);
      const first = scheduled.reduce((a, b) => (b.scheduledDemolitionDate! < a.scheduledDemolitionDate! ? b : a));
      const date = first.scheduledDemolitionDate!;
      const villageIndex = facts.project.villages.findIndex((v) => v.code === code);
      const village = facts.project.villages[villageIndex];
      const name = village?.name ?? `村庄 ${code}`;
      const path = demolitionPath(facts, first.id, 'scheduledDemolitionDate');
      const ids = scheduled.map((p) => p.id);
      const found: LinkageRuleFinding[] = [];
      if (!village?.resolution || village.resolution.date > date) {
        found.push({
          message: `${name} 拆旧地块 ${first.code} 安排于 ${date} 拆除，此前没有村民会议决议`,
          path: villageIndex >= 0 ? `project.villages.${villageIndex}.resolution` : path,
          parcelIds: ids,
        });
      }
      const households = householdsOf(parcels);
      const threshold = valueAt(facts.policy.consentThreshold, date);
      if (households.length === 0) {
        found.push({ message: `${name} 拆旧地块未登记农户，无法核对同意率，不得安排拆除`, path, parcelIds: ids });
      } else if (threshold === null) {
        found.push({ severity: 'warning', message: `${date} 没有生效的村民同意率门槛设置，无法核对 ${name} 的同意率`, path, parcelIds: ids });
      } else {
        const yes = households.filter((h) => h.consent.status === 'agreed' && h.consent.signedOn !== null && h.consent.signedOn <= date).length;
        // Compare counts, not a rounded rate: 19 of 20 meets 95% exactly.
        if (yes < threshold.value * households.length - 1e-9) {
          found.push({
            message: `${name} 截至 ${date} 签字同意的农户 ${yes}/${households.length} 户（${percent(yes / households.length)}），低于 ${percent(threshold.value)}，不得于 ${date} 安排拆除（${citePolicy(threshold)}）`,
            path,
            parcelIds: ids,
          });
        }
      }
      return found;
    });
  },
};
