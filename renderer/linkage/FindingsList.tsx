import { LINKAGE_RULES } from '../../src/domain/linkage/rules';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { LinkageFinding } from './linkage-api';

const ORDER = ['error', 'warning', 'info'] as const;
/** Each rule's legal basis as printed, from the same catalogue the core checks with. */
const BASES: ReadonlyMap<string, string> = new Map(LINKAGE_RULES.map((r) => [r.id, r.basis]));

/** The ZJ/PB findings of the project, errors first, each with its rule title, the core's sentence and the basis. */
export function FindingsList({ findings }: { findings: readonly LinkageFinding[] }) {
  const { t } = useI18n();
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId));
  return (
    <section className="linkage-findings" data-testid="linkage-findings" data-errors={findings.filter((f) => f.severity === 'error').length}>
      <h3>{t('linkage.findings.title')}</h3>
      {sorted.length === 0 && (
        <p className="cform-findings__ok" data-testid="linkage-findings-ok">
          {t('linkage.findings.none')}
        </p>
      )}
      <ul className="linkage-findings__list">
        {sorted.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} className={`linkage-finding linkage-finding--${f.severity}`} data-testid="linkage-finding" data-rule={f.ruleId} data-severity={f.severity}>
            <span className={`severity-dot severity-dot--${f.severity}`} title={t(`checks.severity.${f.severity}`)} />
            <span>
              <strong>
                {f.ruleId} {t(`rule.${f.ruleId}.title` as MessageKey)}
              </strong>{' '}
              <span className="linkage-finding__severity">{t(`checks.severity.${f.severity}`)}</span>
              <br />
              {f.message}
              {BASES.get(f.ruleId) && <span className="cform-findings__basis">{t('linkage.findings.basis', { basis: BASES.get(f.ruleId)! })}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
