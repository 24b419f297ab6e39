import type { Finding } from '../../src/domain/contract/rule';
import { CONTRACT_RULES } from '../../src/domain/contract/rules';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { groupBySeverity } from './finding-groups';

interface FindingsPanelProps {
  findings: readonly Finding[] | null;
  checking: boolean;
  onFocus: (finding: Finding) => void;
}

/** Each rule's legal basis as printed, from the same catalogue the core checks with. */
const BASES: ReadonlyMap<string, string> = new Map(CONTRACT_RULES.map((r) => [r.id, r.basis]));

/** The legal checks of the draft as it stands, by severity; a click takes the planner to the field at fault. */
export function FindingsPanel({ findings, checking, onFocus }: FindingsPanelProps) {
  const { t } = useI18n();
  const groups = findings ? groupBySeverity(findings) : [];
  return (
    <section className="cform-findings" data-testid="contract-findings" data-checking={checking ? 'true' : 'false'} aria-live="polite">
      <h3>
        {t('contract.findings.title')} {checking && <span className="hint">{t('contract.findings.checking')}</span>}
      </h3>
      {findings && findings.length === 0 && (
        <p className="cform-findings__ok" data-testid="contract-findings-ok">
          {t('contract.findings.none')}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.severity} className={`cform-findings__group cform-findings__group--${group.severity}`} data-testid={`findings-${group.severity}`}>
          <h4 className="cform-findings__severity">
            <span className={`severity-dot severity-dot--${group.severity}`} />
            {t(`checks.severity.${group.severity}`)} · {group.findings.length}
          </h4>
          <ul className="cform-findings__list">
            {group.findings.map((f, i) => (
              <li key={`${f.ruleId}-${i}`}>
                <button type="button" className="cform-finding" onClick={() => onFocus(f)} data-testid="finding" data-rule={f.ruleId} data-path={f.path ?? ''}>
                  <span>
                    <strong>
                      {f.ruleId} {t(`rule.${f.ruleId}.title` as MessageKey)}
                    </strong>
                    <br />
                    {f.message}
                    {BASES.get(f.ruleId) && <span className="cform-findings__basis">{t('contract.findings.basis', { basis: BASES.get(f.ruleId)! })}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
