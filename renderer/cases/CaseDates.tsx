import { useI18n } from '../i18n/I18nProvider';
import type { CaseViewData } from './case-api';
import { DeadlineTable } from './DeadlineTable';

/** A case's 待办 list and its timeline: what happened (done) and what is still due, by date. */
export function CaseDates({ deadlines, timeline }: Pick<CaseViewData, 'deadlines' | 'timeline'>) {
  const { t } = useI18n();
  return (
    <div className="case-dates">
      <section>
        <h4>{t('cases.deadlines.title')}</h4>
        <DeadlineTable deadlines={deadlines} />
      </section>
      <section>
        <h4>{t('cases.timeline.title')}</h4>
        {timeline.length === 0 ? (
          <p className="hint">{t('cases.timeline.none')}</p>
        ) : (
          <ol className="case-timeline" data-testid="case-timeline">
            {timeline.map((e, i) => (
              <li key={i} className={e.done ? 'case-timeline__done' : 'case-timeline__due'} data-done={e.done}>
                <span className="num">{e.date}</span> <span className="case-timeline__lane">{t(`cases.laneShort.${e.lane}`)}</span> {e.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
