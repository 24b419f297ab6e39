import type { ReactNode } from 'react';
import type { ParcelDetail } from '../../src/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { AreaRow } from './AreaRow';

interface ParcelPanelProps {
  parcel: ParcelDetail;
  onClose: () => void;
  /** Further sections about the same parcel, e.g. its lineage. */
  children?: ReactNode;
}

function Field({ label, testId, children }: { label: MessageKey; testId: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <dt>{t(label)}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Attributes of one contracted parcel and its three areas, each labelled with what it is. */
export function ParcelPanel({ parcel, onClose, children }: ParcelPanelProps) {
  const { t } = useI18n();
  const none = t('common.none');
  const { household, areas } = parcel;
  return (
    <section className="panel-section" data-testid="parcel-panel" aria-labelledby="parcel-title">
      <header className="panel-section__header">
        <h2 id="parcel-title">{t('parcel.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} title={t('parcel.close')} aria-label={t('parcel.close')}>
          ×
        </button>
      </header>
      <dl className="fields">
        <Field label="parcel.code" testId="parcel-code">
          <span className="mono">{parcel.code}</span>
        </Field>
        <Field label="parcel.name" testId="parcel-name">
          {parcel.name}
        </Field>
        <Field label="parcel.villageGroup" testId="parcel-village-group">
          {parcel.village && parcel.group ? t('parcel.villageGroupValue', { village: parcel.village.name, group: parcel.group.name }) : none}
        </Field>
        <Field label="parcel.contractor" testId="parcel-household">
          {household ? household.headName : none}
        </Field>
        <Field label="parcel.contractorCode" testId="parcel-household-code">
          <span className="mono">{household ? household.code : none}</span>
        </Field>
        <Field label="parcel.contractCode" testId="parcel-contract-code">
          <span className="mono">{parcel.contractCode ?? none}</span>
        </Field>
        <Field label="parcel.landClass" testId="parcel-land-class">
          <span className="mono">{parcel.landClass.code}</span> {t(`landClass.${parcel.landClass.code}`)}
        </Field>
        <Field label="parcel.basicFarmland" testId="parcel-basic-farmland">
          <span className={parcel.basicFarmland ? 'badge badge--farmland' : undefined}>{t(parcel.basicFarmland ? 'common.yes' : 'common.no')}</span>
        </Field>
        <Field label="parcel.qualityGrade" testId="parcel-quality-grade">
          {parcel.qualityGrade === null ? none : t('parcel.qualityGradeValue', { grade: parcel.qualityGrade })}
        </Field>
      </dl>
      <h3>{t('parcel.areas')}</h3>
      <dl className="areas">
        <AreaRow label="parcel.area.registered" hint="parcel.area.registeredHint" m2={areas.registeredM2} testId="area-registered" />
        <AreaRow label="parcel.area.ellipsoid" hint="parcel.area.ellipsoidHint" m2={areas.ellipsoidM2} testId="area-ellipsoid" />
        <AreaRow label="parcel.area.planar" hint="parcel.area.planarHint" m2={areas.planarM2} testId="area-planar" />
      </dl>
      {children}
    </section>
  );
}
