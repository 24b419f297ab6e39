import type { ParcelDetail } from '../../src/api/contract';
import type { ParcelRow } from '../../src/domain/contract/contract-view';
import { formatMu, m2ToMu, muToM2 } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import { Section, useDraft } from './form-fields';

const SIDES = ['east', 'south', 'west', 'north'] as const;

interface ParcelTableProps {
  details: ReadonlyMap<number, ParcelDetail>;
  /** The stored contract's rows (as signed, or a retired parcel's last known figures) for parcels no longer in the layer. */
  known: ReadonlyMap<number, ParcelRow>;
}

/** 二(一): the parcel table with editable 四至 and leased area; empty area = the whole parcel. */
export function ParcelTable({ details, known }: ParcelTableProps) {
  const { t } = useI18n();
  const { draft, patch, readOnly, flagged } = useDraft();
  // Summed in m² before rounding (domain.md E.1).
  const totalM2 = draft.parcels.reduce((s, p) => s + (p.areaM2 ?? details.get(p.parcelId)?.areas.ellipsoidM2 ?? known.get(p.parcelId)?.areaM2 ?? 0), 0);
  return (
    <Section id="parcels" title="contract.section.parcels">
      <div className="cform-scroll">
        <table className="cform-table cform-parcels" data-path="parcels" tabIndex={-1}>
          <thead>
            <tr>
              <th>{t('contract.parcel.seq')}</th>
              <th>{t('contract.parcel.villageGroup')}</th>
              <th>{t('contract.parcel.name')}</th>
              <th>{t('contract.parcel.code')}</th>
              {SIDES.map((side) => (
                <th key={side}>{t(`contract.parcel.${side}`)}</th>
              ))}
              <th>{t('contract.parcel.areaMu')}</th>
              <th>{t('contract.parcel.grade')}</th>
              <th>{t('contract.parcel.landClass')}</th>
              <th>{t('contract.parcel.contractCode')}</th>
              <th>{t('contract.parcel.remark')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.parcels.map((p, i) => {
              const d = details.get(p.parcelId);
              const k = d ? undefined : known.get(p.parcelId);
              const rowFlagged = flagged.has(`parcels.${i}`) || flagged.has(`parcels.${i}.areaM2`);
              return (
                <tr key={p.parcelId} className={rowFlagged ? 'cform-row--flagged' : undefined} data-path-row={`parcels.${i}`} data-retired={k ? 'true' : undefined} data-testid="parcel-row">
                  <td className="num">{i + 1}</td>
                  <td>{d ? [d.village?.name, d.group?.name].filter(Boolean).join(' ') : (k?.villageGroup ?? '')}</td>
                  <td>{d?.name ?? k?.name}</td>
                  <td className="cform-code">{d?.code ?? k?.code}</td>
                  {SIDES.map((side) => (
                    <td key={side}>
                      <input
                        type="text"
                        value={p.boundaries[side]}
                        readOnly={readOnly}
                        data-path={`parcels.${i}.boundaries.${side}`}
                        data-testid={`parcel-${i}-${side}`}
                        onChange={(e) => patch(`parcels.${i}.boundaries.${side}`, e.target.value)}
                      />
                    </td>
                  ))}
                  <td>
                    <input
                      type="number"
                      className="num"
                      step="0.01"
                      min={0}
                      value={p.areaM2 === null ? '' : Number(m2ToMu(p.areaM2).toFixed(4))}
                      placeholder={d ? formatMu(d.areas.ellipsoidM2) : k ? formatMu(k.areaM2) : ''}
                      readOnly={readOnly}
                      data-path={`parcels.${i}.areaM2`}
                      data-testid={`parcel-${i}-area`}
                      onChange={(e) => patch(`parcels.${i}.areaM2`, e.target.value === '' || Number(e.target.value) <= 0 ? null : muToM2(Number(e.target.value)))}
                    />
                  </td>
                  <td className="num">{d ? (d.qualityGrade ?? '') : (k?.qualityGrade ?? '')}</td>
                  <td>{d ? `${d.landClass.code} ${d.landClass.name}` : k ? `${k.landClassCode} ${k.landClassName}` : ''}</td>
                  <td className="cform-code">{d ? (d.contractCode ?? d.household?.contractCode ?? '') : (k?.contractCode ?? '')}</td>
                  <td>
                    <input type="text" value={p.remark} readOnly={readOnly} onChange={(e) => patch(`parcels.${i}.remark`, e.target.value)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={8}>{t('contract.parcel.total', { count: draft.parcels.length })}</td>
              <td className="num" data-testid="parcels-total-mu" data-m2={totalM2}>
                {formatMu(totalM2)}
              </td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
    </Section>
  );
}
