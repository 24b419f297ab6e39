import { useState } from 'react';
import type { ParcelDetail } from '../../src/api/contract';
import { formatMu } from '../../src/domain/units';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { HouseholdHit } from './contract-api';
import type { FormTarget } from './ContractForm';
import { Failure } from './Failure';
import type { SelectShape } from './SelectBoxLayer';

interface DraftPanelProps {
  selectedIds: readonly number[];
  /** Details of the selection as the app read them; null while loading. */
  parcels: readonly ParcelDetail[] | null;
  shape: SelectShape | null;
  onShape: (shape: SelectShape | null) => void;
  onAddParcels: (ids: readonly number[]) => void;
  onDraft: (target: FormTarget) => void;
}

/** 起草合同 from the map selection (click, shift-click, box, lasso) or a household search. */
export function DraftPanel({ selectedIds, parcels, shape, onShape, onAddParcels, onDraft }: DraftPanelProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<HouseholdHit[] | null>(null);
  const [perHousehold, setPerHousehold] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const holders = new Map<number, string>();
  for (const p of parcels ?? []) if (p.household) holders.set(p.household.id, p.household.headName);
  const totalM2 = (parcels ?? []).reduce((s, p) => s + p.areas.ellipsoidM2, 0);
  const unheld = (parcels ?? []).filter((p) => !p.household).length;

  const search = () => {
    setFailure(null);
    call('households.search', { query: query.trim() }).then(setHits, (error: unknown) => setFailure({ error }));
  };
  const draft = () => {
    setBusy(true);
    setFailure(null);
    // The proposal leaves the transferee open when the project has none chosen; the form asks for one.
    call('contracts.defaults', { parcelIds: [...selectedIds] })
      .then(({ transfereePartyId, ...d }) => onDraft({ kind: 'new', draft: { ...d, transfereePartyId: transfereePartyId ?? 0 }, perHousehold }))
      .catch((error: unknown) => setFailure({ error }))
      .finally(() => setBusy(false));
  };
  const toggle = (s: SelectShape) => onShape(shape === s ? null : s);

  return (
    <div className="contracts-draft" data-testid="contracts-draft">
      <div className="button-row">
        <button type="button" className="button" aria-pressed={shape === 'box'} onClick={() => toggle('box')} data-testid="select-box">
          {t('contract.select.box')}
        </button>
        <button type="button" className="button" aria-pressed={shape === 'lasso'} onClick={() => toggle('lasso')} data-testid="select-lasso">
          {t('contract.select.lasso')}
        </button>
      </div>
      <p className="hint">{t(shape ? 'contract.select.drawHint' : 'contract.select.clickHint')}</p>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) search();
        }}
      >
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('contract.search.placeholder')} data-testid="household-search" aria-label={t('contract.search.placeholder')} />
        <button type="submit" className="button" disabled={!query.trim()} data-testid="household-search-run">
          {t('contract.search.run')}
        </button>
      </form>
      {hits && hits.length === 0 && <p className="hint">{t('contract.search.none')}</p>}
      {hits && hits.length > 0 && (
        <ul className="contracts-hits" data-testid="household-hits">
          {hits.map((h) => (
            <li key={h.id}>
              <span>
                {h.headName} <span className="cform-code">{h.code}</span>
                <br />
                <span className="hint">{t('contract.search.hit', { village: `${h.villageName} ${h.groupName}`, count: h.parcelCount, mu: formatMu(h.areaM2) })}</span>
              </span>
              <button type="button" className="button" disabled={h.parcelIds.length === 0} onClick={() => onAddParcels(h.parcelIds)} data-testid="household-add">
                {t('contract.search.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="contracts-draft__summary" data-testid="contracts-selection">
        {t('contract.select.summary', { count: selectedIds.length, households: holders.size, mu: formatMu(totalM2) })}
      </p>
      {unheld > 0 && <p className="notice">{t('contract.select.unheld', { count: unheld })}</p>}
      {holders.size > 1 && (
        <fieldset className="contracts-draft__split">
          <label className="cform-check">
            <input type="radio" name="split" checked={!perHousehold} onChange={() => setPerHousehold(false)} data-testid="draft-one" />
            {t('contract.select.oneContract', { households: holders.size })}
          </label>
          <label className="cform-check">
            <input type="radio" name="split" checked={perHousehold} onChange={() => setPerHousehold(true)} data-testid="draft-per-household" />
            {t('contract.select.perHousehold', { households: holders.size })}
          </label>
        </fieldset>
      )}
      <button type="button" className="button button--primary" disabled={busy || selectedIds.length === 0 || !parcels || unheld > 0} onClick={draft} data-testid="contract-draft">
        {t('contract.select.draft')}
      </button>
      {failure && <Failure error={failure.error} testId="draft-error" />}
    </div>
  );
}
