import type { ContractRule, RuleFinding } from '../rule';

/**
 * Second-round contracts end village by village (mostly 2027–2028 in Shandong). Past that end the
 * transfer rests on an extension: unsigned it is a warning, past the signed extension an error.
 */
export const lt03SecondRound: ContractRule = {
  id: 'LT-03',
  severity: 'warning',
  titleKey: 'rule.LT-03.title',
  basis: '《农村土地承包法》第二十一条；第二轮土地承包到期后再延长三十年试点政策',
  check(facts) {
    const { endDate } = facts.draft;
    const villages = new Map<string, (typeof facts.transferors)[number][]>();
    for (const t of facts.transferors) {
      if (t.secondRoundEnd === '' || endDate <= t.secondRoundEnd) continue;
      const key = t.villageCode ?? t.villageName ?? t.code;
      villages.set(key, [...(villages.get(key) ?? []), t]);
    }
    return [...villages.values()].flatMap((households): RuleFinding[] => {
      const first = households[0]!;
      const village = first.villageName ?? first.villageCode ?? `承包户 ${first.code} 所在村`;
      const ids = new Set(households.map((t) => t.householdId));
      const parcelIds = facts.parcels.filter((p) => p.householdId !== null && ids.has(p.householdId)).map((p) => p.parcelId);
      if (first.extendedEnd === null) {
        return [
          {
            message: `${village}第二轮承包于 ${first.secondRoundEnd} 到期且尚未签订延包合同，流转期限 ${endDate} 超过到期日`,
            path: 'endDate',
            parcelIds,
          },
        ];
      }
      if (endDate <= first.extendedEnd) return [];
      return [
        {
          severity: 'error',
          message: `流转期限 ${endDate} 超过${village}延包后的承包期 ${first.extendedEnd}`,
          path: 'endDate',
          parcelIds,
        },
      ];
    });
  },
};
