import { useCallback, useEffect, useState } from 'react';
import type { ScenarioInput } from '../../src/domain/linkage/relocation/scenario';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { zhCN } from '../../resources/i18n/catalogues';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { comparisonCell, displayUnit } from './scenario-comparison';
import { newScenario, nextScenarioId, type Evaluation, type SavedScenario } from './scenario-draft';
import { ScenarioEditor } from './scenario-editor';
import './books.css';

/** Row labels come from the catalogue by the core's stable row key; a row the catalogue does not know shows the core's label. */
const rowLabelKey = (key: string): MessageKey | null => {
  const k = `linkageBooks.cmp.${key}`;
  return k in zhCN ? (k as MessageKey) : null;
};

/** Saved relocation scenarios side by side (land, itemised costs, revenue, funding balance, village share), editing and choosing one. */
export function ScenariosTab({ projectId, onChanged }: { projectId: number; onChanged(): void }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<SavedScenario[] | null>(null);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [evalError, setEvalError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ draft: ScenarioInput; chosen: boolean; isNew: boolean } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    setEvalError(null);
    call('linkage.scenarios.list', { projectId }).then(
      (list) => {
        if (!live) return;
        setSaved(list);
        if (list.length === 0) return setEvaluation(null);
        call('linkage.scenarios.evaluate', { projectId }).then(
          (e) => live && setEvaluation(e),
          (err: unknown) => live && (setEvaluation(null), setEvalError(err)),
        );
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [projectId, version]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  const choose = (s: SavedScenario) => call('linkage.scenarios.save', { projectId, scenario: s.scenario, chosen: true }).then(changed, setEvalError);

  if (error) return <Failure error={error} testId="scenarios-load-error" />;
  if (!saved) return <p className="hint">{t('linkageBooks.loading')}</p>;
  const byId = new Map(saved.map((s) => [s.scenario.id, s]));

  return (
    <div className="books-tab" data-testid="linkage-scenarios-tab">
      <section className="books-section">
        <div className="books-heading">
          <h3>{t('linkageBooks.scenarios.compare')}</h3>
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ draft: newScenario(nextScenarioId(saved.map((s) => s.scenario.id))), chosen: false, isNew: true })}
            data-testid="scenario-new"
          >
            {t('linkageBooks.scenarios.new')}
          </button>
        </div>
        {saved.length === 0 && <p className="hint">{t('linkageBooks.scenarios.none')}</p>}
        {evalError !== null && <Failure error={evalError} testId="scenarios-eval-error" />}
        {evaluation && (
          <div className="books-scroll">
            <table className="books-table books-compare" data-testid="scenario-comparison">
              <thead>
                <tr>
                  <th>{t('linkageBooks.scenarios.figure')}</th>
                  {evaluation.evaluations.map((e) => {
                    const s = byId.get(e.scenarioId);
                    return (
                      <th key={e.scenarioId} data-scenario={e.scenarioId} className={s?.chosen ? 'books-compare__chosen' : undefined}>
                        <div>{e.scenarioName}</div>
                        {s?.chosen ? (
                          <span className="books-badge" data-testid="scenario-chosen">
                            {t('linkageBooks.scenarios.chosen')}
                          </span>
                        ) : (
                          s && (
                            <button type="button" className="link-button" onClick={() => choose(s)} data-testid={`scenario-choose-${e.scenarioId}`}>
                              {t('linkageBooks.scenarios.choose')}
                            </button>
                          )
                        )}{' '}
                        {s && (
                          <button type="button" className="link-button" onClick={() => setEditing({ draft: s.scenario, chosen: s.chosen, isNew: false })} data-testid={`scenario-edit-${e.scenarioId}`}>
                            {t('linkageBooks.scenarios.edit')}
                          </button>
                        )}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {evaluation.rows.map((row) => {
                  const key = rowLabelKey(row.key);
                  return (
                    <tr key={row.key} data-row={row.key}>
                      <th scope="row">
                        {key ? t(key) : row.label} <span className="books-unit">{t(`linkageBooks.cmpUnit.${displayUnit(row)}` as MessageKey)}</span>
                      </th>
                      {row.values.map((v, i) => {
                        const cell = comparisonCell(row, v);
                        return (
                          <td key={i} className={cell.deficit ? 'num books-deficit' : 'num'} data-deficit={cell.deficit || undefined}>
                            {cell.text}
                            {cell.secondary && <span className="books-secondary"> {t('linkageBooks.unit.haValue', { value: cell.secondary })}</span>}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {evaluation?.evaluations
          .filter((e) => e.warnings.length > 0)
          .map((e) => (
            <details key={e.scenarioId} className="books-warnings" data-testid={`scenario-warnings-${e.scenarioId}`}>
              <summary>{t('linkageBooks.scenarios.warnings', { name: e.scenarioName, count: e.warnings.length })}</summary>
              <ul className="books-alerts">
                {e.warnings.map((w, i) => (
                  <li key={i} className="books-alert books-alert--warning">
                    {w}
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </section>
      {editing && (
        <ScenarioEditor
          projectId={projectId}
          initial={editing.draft}
          chosen={editing.chosen}
          isNew={editing.isNew}
          takenIds={saved.map((s) => s.scenario.id)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
