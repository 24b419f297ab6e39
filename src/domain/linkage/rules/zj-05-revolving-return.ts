import { revolvingAlerts } from '../quota-ledger/revolving-alerts';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { areaText } from './wording';

/**
 * Revolving quota is returned within its limit: the ledger's alerts warn from the warning date and err
 * from the day after the deadline (the deadline day itself still counts as in time); outstanding quota
 * also errs once the project deadline has passed.
 */
export const zj05RevolvingReturn: LinkageRule = {
  id: 'ZJ-05',
  severity: 'error',
  titleKey: 'rule.ZJ-05.title',
  basis: '国土资发〔2008〕138号：周转指标应在规定时间内归还（一般不超过 3 年，据政策摘要，条款未核实）',
  check(facts) {
    const pastDeadline = facts.asOf > facts.project.deadline;
    return revolvingAlerts(facts.quotaEvents, facts.asOf, facts.policy.revolvingAlerts).flatMap((alert): LinkageRuleFinding[] => {
      const index = facts.quotaEvents.findIndex((e) => e.id === alert.issueEventId);
      const path = `quotaEvents.${index}`;
      const what = `${alert.issueDate} 下达的周转指标（${alert.docNo}）尚有 ${areaText(alert.outstandingM2)}未归还，已 ${alert.monthsElapsed} 个月`;
      const cite = `依据：${alert.source}`;
      if (alert.level === 'error') return [{ message: `${what}，已超过归还期限 ${alert.deadline}（${cite}）`, path, parcelIds: [] }];
      if (pastDeadline) return [{ message: `${what}，项目区实施期限 ${facts.project.deadline} 已过`, path, parcelIds: [] }];
      if (alert.level === 'warning') {
        return [{ severity: 'warning', message: `${what}，最迟应于 ${alert.deadline} 归还（${cite}）`, path, parcelIds: [] }];
      }
      return [];
    });
  },
};
