import { useI18n } from '../i18n/I18nProvider';
import type { HistoryEntry } from './contract-history';

/** The contract's legal history: numbered, filed, in force, terminated, each correction, and what it took back. */
export function ContractHistory({ history }: { history: readonly HistoryEntry[] }) {
  const { t } = useI18n();
  if (history.length === 0) return null;
  const event = (e: HistoryEntry & { kind: 'event' }) => t(`correction.history.${e.event}`, { number: e.number ?? '' }) + (e.undone ? t('correction.history.undone') : '');
  const correction = ({ correction: c }: HistoryEntry & { kind: 'correction' }) =>
    t(`correction.history.${c.kind}`, {
      number: c.numberRevoked ?? '',
      event: t(`correction.event.${c.event}`),
      to: c.kind === 'date' ? (c.eventDateAfter ?? '') : t(`contract.status.${c.toStatus}`),
      from: c.eventDateBefore,
      reason: c.reason,
      actor: c.actor,
    });
  return (
    <section className="contract-history">
      <h4>{t('correction.history.title')}</h4>
      <ol className="case-timeline" data-testid="contract-history">
        {history.map((e, i) => (
          <li key={i} data-kind={e.kind === 'event' ? e.event : e.correction.kind} data-undone={e.kind === 'event' ? String(e.undone) : undefined}>
            <span className="num">{e.date}</span> {e.kind === 'event' ? event(e) : correction(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}
