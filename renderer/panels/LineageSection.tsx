import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../src/api/contract';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

type Lineage = MethodOutput<'parcels.lineage'>;
type LineageEntry = Lineage['ancestors'][number];

const KINDS = ['split', 'merge', 'reshape', 'hole', 'create'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

interface LineageSectionProps {
  parcelId: number;
  dataVersion: number;
  onError: (err: unknown) => void;
}

/** Where a parcel came from and what became of it: splits, merges, reshapes, holes, creation. */
export function LineageSection({ parcelId, dataVersion, onError }: LineageSectionProps) {
  const { t, locale } = useI18n();
  const [lineage, setLineage] = useState<Lineage | null>(null);

  useEffect(() => {
    let stale = false;
    call('parcels.lineage', { id: parcelId }).then(
      (data) => !stale && setLineage(data),
      (err: unknown) => !stale && onError(err),
    );
    return () => {
      stale = true;
    };
  }, [parcelId, dataVersion, onError]);

  if (!lineage) return null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const kindName = (kind: string) => (isKnownKind(kind) ? t(`lineage.kind.${kind}`) : kind);
  const list = (entries: readonly LineageEntry[], testId: string) => (
    <ul className="lineage" data-testid={testId}>
      {entries.map((e) => (
        <li key={`${e.editId}-${e.parent?.id}-${e.child.id}`}>
          <span className="mono">{e.parent ? e.parent.code : t('common.none')}</span> → <span className="mono">{e.child.code}</span> {kindName(e.kind)}
          <span className="lineage__meta">
            {when.format(new Date(e.at))} · {e.actor}
          </span>
        </li>
      ))}
    </ul>
  );
  // `own` is how this parcel itself came to be; it reads as the nearest ancestry.
  const before = [...lineage.own, ...lineage.ancestors];
  const empty = before.length === 0 && lineage.descendants.length === 0;
  return (
    <section data-testid="lineage-panel">
      <h3>{t('lineage.title')}</h3>
      {empty && <p className="hint">{t('lineage.none')}</p>}
      {before.length > 0 && (
        <>
          <h4>{t('lineage.ancestors')}</h4>
          {list(before, 'lineage-ancestors')}
        </>
      )}
      {lineage.descendants.length > 0 && (
        <>
          <h4>{t('lineage.descendants')}</h4>
          {list(lineage.descendants, 'lineage-descendants')}
        </>
      )}
    </section>
  );
}
