import type { ProjectInfo } from '../../src/api/contract';
import { formatM2, formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { RecordIntegrity } from './RecordIntegrity';

const COUNTS: ReadonlyArray<[MessageKey, keyof ProjectInfo['counts']]> = [
  ['project.villages', 'villages'],
  ['project.groups', 'groups'],
  ['project.households', 'households'],
  ['project.parcels', 'parcels'],
  ['project.homesteads', 'homesteads'],
];

/** What the side panel shows before a parcel is picked: the project at a glance. */
export function ProjectOverview({ info }: { info: ProjectInfo }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const area = (m2: number) => (
    <span title={t('unit.m2Value', { value: formatM2(m2) })}>{t('unit.muValue', { value: formatMu(m2) })}</span>
  );
  return (
    <section className="panel-section" data-testid="project-overview">
      <header className="panel-section__header">
        <h2>{t('project.overview')}</h2>
      </header>
      <dl className="fields">
        {COUNTS.map(([label, key]) => (
          <div className="field" key={key}>
            <dt>{t(label)}</dt>
            <dd className="num">{number.format(info.counts[key])}</dd>
          </div>
        ))}
        <div className="field">
          <dt>{t('project.parcelRegisteredArea')}</dt>
          <dd className="num">{area(info.areas.parcels.registeredM2)}</dd>
        </div>
        <div className="field">
          <dt>{t('project.parcelArea')}</dt>
          <dd className="num">{area(info.areas.parcels.ellipsoidM2)}</dd>
        </div>
        <div className="field">
          <dt>{t('project.basicFarmlandArea')}</dt>
          <dd className="num">{area(info.areas.parcelsOnBasicFarmland.ellipsoidM2)}</dd>
        </div>
      </dl>
      <p className="hint">{t('map.hint')}</p>
      <RecordIntegrity key={info.auditHead ? `${info.auditHead.id}:${info.auditHead.hash}` : 'none'} head={info.auditHead} />
    </section>
  );
}
