import { AREA_LIMIT_KINDS, type AreaLimitKind } from '../../domain/area-limits';
import { areaLimitsAt, putAreaLimit } from '../../store/area-limits-repo';
import type { SettingRow } from '../../store/settings-repo';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { areaLimitMethods } from '../methods/area-limits';
import type { HandlerDeps } from './deps';

const limitRow = (r: SettingRow<number>) => ({ mu: r.value, effectiveFrom: r.effectiveFrom, source: r.source });

export function areaLimitHandlers({ project }: HandlerDeps): GroupHandlers<typeof areaLimitMethods, CallContext> {
  return {
    'areaLimits.get': ({ asOf = project.today() }) => {
      const rows = areaLimitsAt(project.db, asOf);
      return Object.fromEntries(AREA_LIMIT_KINDS.map((k) => [k, limitRow(rows[k])])) as Record<AreaLimitKind, ReturnType<typeof limitRow>>;
    },
    'areaLimits.put': ({ kind, mu, effectiveFrom, source }, ctx) => ({ kind, limit: limitRow(putAreaLimit(project, kind, { mu, effectiveFrom, source }, ctx.actor)) }),
  };
}
