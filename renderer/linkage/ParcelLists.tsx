import { useState } from 'react';
import { formatMu } from '../../src/domain/units';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { ProjectView } from './linkage-api';

type Parcels = ProjectView['parcels'];
type Kind = keyof Parcels;

interface ParcelListsProps {
  parcels: Parcels;
  villages: ProjectView['project']['villages'];
  onChanged: () => void;
}

/** The demolition (拆旧) and construction (建新) parcels with their attributes; each can be removed. */
export function ParcelLists({ parcels, villages, onChanged }: ParcelListsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const villageName = new Map(villages.map((v) => [v.code, v.name]));
  const landClass = (code: string | null) => (code === null ? t('linkage.parcel.undecided') : `${code} ${t(`landClass.${code}` as MessageKey)}`);

  const remove = (kind: Kind, id: number, code: string) => {
    if (!window.confirm(t('linkage.parcel.removeConfirm', { code }))) return;
    setBusy(true);
    setFailure(null);
    call('linkage.parcels.remove', { kind, id })
      .then(onChanged, (error: unknown) => setFailure({ error }))
      .finally(() => setBusy(false));
  };
  const removeButton = (kind: Kind, id: number, code: string) => (
    <button type="button" className="link-button" disabled={busy} onClick={() => remove(kind, id, code)} data-testid="parcel-remove">
      {t('linkage.parcel.remove')}
    </button>
  );

  return (
    <>
      {failure && <Failure error={failure.error} testId="linkage-remove-error" />}
      <h3>{t('linkage.parcels.construction', { count: parcels.construction.length })}</h3>
      <div className="cform-scroll">
        <table className="cform-table contracts-table" data-testid="linkage-construction-table">
          <thead>
            <tr>
              <th>{t('linkage.parcel.code')}</th>
              <th>{t('linkage.parcel.use')}</th>
              <th>{t('linkage.parcel.landClassBefore')}</th>
              <th>{t('linkage.parcel.cultivatedMu')}</th>
              <th>{t('linkage.parcel.areaMu')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {parcels.construction.map((p) => (
              <tr key={p.id} data-testid="construction-row" data-code={p.code}>
                <td className="cform-code">{p.code}</td>
                <td>{t(`linkage.use.${p.use}`)}</td>
                <td>{landClass(p.landClassBefore)}</td>
                <td className="num">{formatMu(p.occupiedCultivatedM2)}</td>
                <td className="num">{formatMu(p.areas.ellipsoidM2)}</td>
                <td>{removeButton('construction', p.id, p.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('linkage.parcels.demolition', { count: parcels.demolition.length })}</h3>
      <div className="cform-scroll linkage-long-table">
        <table className="cform-table contracts-table" data-testid="linkage-demolition-table">
          <thead>
            <tr>
              <th>{t('linkage.parcel.code')}</th>
              <th>{t('linkage.parcel.village')}</th>
              <th>{t('linkage.parcel.landClassBefore')}</th>
              <th>{t('linkage.parcel.targetClass')}</th>
              <th>{t('linkage.parcel.households')}</th>
              <th>{t('linkage.parcel.scheduledOn')}</th>
              <th>{t('linkage.parcel.areaMu')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {parcels.demolition.map((p) => (
              <tr key={p.id} data-testid="demolition-row" data-code={p.code}>
                <td className="cform-code">{p.code}</td>
                <td>{villageName.get(p.villageCode) ?? p.villageCode}</td>
                <td>{landClass(p.landClassBefore)}</td>
                <td>{landClass(p.targetClass)}</td>
                <td className="num">{p.households}</td>
                <td>{p.scheduledOn ?? ''}</td>
                <td className="num">{formatMu(p.areas.ellipsoidM2)}</td>
                <td>{removeButton('demolition', p.id, p.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
