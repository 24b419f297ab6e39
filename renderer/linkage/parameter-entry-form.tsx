import { useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { valueFromInput, valueKind, type ParameterRow, type ValueInput } from './parameter-rows';

const SCOPES = ['county', 'province', 'crossProvince'] as const;
const DIRECTIONS = ['higherIsWorse', 'higherIsBetter'] as const;

function initialInput(row: ParameterRow): ValueInput {
  const current = row.inForce?.value;
  switch (valueKind(row.key)) {
    case 'fee': {
      const fee = current as { kind: 'share'; share: number } | { kind: 'perMu'; yuanPerMu: number } | undefined;
      return { kind: 'fee', fee: fee?.kind ?? 'perMu', text: fee ? String(fee.kind === 'share' ? fee.share : fee.yuanPerMu) : '' };
    }
    case 'scopes':
      return { kind: 'scopes', scopes: Array.isArray(current) ? (current as string[]) : ['county'] };
    case 'direction':
      return { kind: 'direction', direction: typeof current === 'string' ? current : 'higherIsWorse' };
    case 'number':
      return { kind: 'number', text: typeof current === 'number' ? String(current) : '' };
  }
}

/** Adds a dated entry to one parameter: value, effective date and the document it comes from (required). */
export function ParameterEntryForm({ row, onSaved, onCancel }: { row: ParameterRow; onSaved(): void; onCancel(): void }) {
  const { t } = useI18n();
  const [input, setInput] = useState<ValueInput>(() => initialInput(row));
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [source, setSource] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const value = valueFromInput(input);
  const ready = value !== null && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) && source.trim() !== '';

  const save = () => {
    setFailure(null);
    call('linkage.parameters.put', { key: row.key, value, effectiveFrom, source: source.trim() }).then(onSaved, setFailure);
  };

  return (
    <div className="books-subform" data-testid="parameter-form">
      <h4>
        {t('linkageBooks.params.addFor', { name: t(`linkageBooks.param.${row.key}` as MessageKey) })} <span className="books-code">{row.key}</span>
      </h4>
      <div className="books-grid">
        <label className="books-row">
          <span>{t('linkageBooks.params.col.value')}</span>
          {input.kind === 'number' && <input type="number" step="any" value={input.text} onChange={(e) => setInput({ kind: 'number', text: e.target.value })} data-testid="parameter-value" />}
          {input.kind === 'fee' && (
            <span className="books-inline">
              <select value={input.fee} onChange={(e) => setInput({ ...input, fee: e.target.value as 'share' | 'perMu' })} data-testid="parameter-fee-kind">
                <option value="perMu">{t('linkageBooks.fee.kindPerMu')}</option>
                <option value="share">{t('linkageBooks.fee.kindShare')}</option>
              </select>
              <input type="number" step="any" min={0} value={input.text} onChange={(e) => setInput({ ...input, text: e.target.value })} data-testid="parameter-value" />
            </span>
          )}
          {input.kind === 'scopes' && (
            <span className="books-inline">
              {SCOPES.map((s) => (
                <label key={s} className="books-inline">
                  <input
                    type="checkbox"
                    checked={input.scopes.includes(s)}
                    onChange={(e) => setInput({ kind: 'scopes', scopes: e.target.checked ? [...input.scopes, s] : input.scopes.filter((x) => x !== s) })}
                  />
                  {t(`linkageBooks.scope.${s}`)}
                </label>
              ))}
            </span>
          )}
          {input.kind === 'direction' && (
            <select value={input.direction} onChange={(e) => setInput({ kind: 'direction', direction: e.target.value })} data-testid="parameter-direction">
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`linkageBooks.direction.${d}`)}
                </option>
              ))}
            </select>
          )}
        </label>
        <label className="books-row">
          <span>{t('linkageBooks.params.col.effectiveFrom')}</span>
          <input type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} data-testid="parameter-date" />
        </label>
        <label className="books-row books-row--wide">
          <span>{t('linkageBooks.params.col.source')}</span>
          <input type="text" value={source} placeholder={t('linkageBooks.params.sourcePlaceholder')} onChange={(e) => setSource(e.target.value)} data-testid="parameter-source" />
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={!ready} onClick={save} data-testid="parameter-save">
          {t('linkageBooks.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('linkageBooks.cancel')}
        </button>
      </div>
      {failure !== null && <Failure error={failure} testId="parameter-error" />}
    </div>
  );
}
