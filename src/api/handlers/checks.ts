import { CHECK_RULES } from '../../geo/checks/rule-catalogue';
import { runChecks } from '../../store/checks-runner';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { checkMethods } from '../methods/checks';

/** Data checks run as a job: the panel polls jobs.get for progress and takes the CheckReport from its result. */
export function checkHandlers(deps: HandlerDeps): GroupHandlers<typeof checkMethods, CallContext> {
  return {
    'checks.run': ({ rules, tolerances }) => ({ jobId: deps.jobs.start('check', (ctl) => runChecks(deps.project, { rules, tolerances }, ctl)) }),
    'checks.rules': () => CHECK_RULES.map(({ id, severity, descriptionKey, basis }) => ({ id, severity, descriptionKey, basis })),
  };
}
