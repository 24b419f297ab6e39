import { useI18n } from '../i18n/I18nProvider';
import type { DeadlineData } from './case-api';

interface DeadlineTableProps {
  deadlines: readonly DeadlineData[];
  /** On the board the 待办 list opens the case; inside a case there is nothing to open. */
  onOpen?: (contractId: number) => void;
}

/** The 待办 list as the core sorted it (by date), overdue lines highlighted. */
export function DeadlineTable({ deadlines, onOpen }: DeadlineTableProps) {
  const { t } = useI18n();
  if (deadlines.length === 0) return <p className="hint">{t('cases.deadlines.none')}</p>;
  return (
    <table className="cform-table case-deadlines" data-testid="case-deadlines">
      <thead>
        <tr>
          <th>{t('cases.deadlines.date')}</th>
          {onOpen && <th>{t('cases.board.number')}</th>}
          <th>{t('cases.deadlines.lane')}</th>
          <th>{t('cases.deadlines.what')}</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d, i) => (
          <tr key={i} className={d.overdue ? 'case-deadline--overdue' : undefined} data-testid="deadline-row" data-overdue={d.overdue} data-kind={d.kind}>
            <td className="num">
              {d.date}
              {d.overdue && <span className="case-overdue">{t('cases.deadlines.overdue')}</span>}
            </td>
            {onOpen && (
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(d.contractId)}>
                  {d.contractNumber ?? t('cases.noNumber')}
                </button>
              </td>
            )}
            <td>{t(`cases.laneShort.${d.lane}`)}</td>
            <td>{d.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
