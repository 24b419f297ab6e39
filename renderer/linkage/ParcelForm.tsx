import { useState, type FormEvent, type ReactNode } from 'react';
import { zhCN } from '../../resources/i18n/catalogues';
import type { LandClassCode } from '../../src/domain/land-class';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { CONSTRUCTION_USES, type ConstructionUse, type DrawnPolygon, type ProjectView } from './linkage-api';
import type { LinkageMapTool } from './use-linkage-map';

/**
 * The land classes the UI can name, read from the catalogue (tests/renderer/i18n.test.ts keeps them in
 * step with the domain) as the edit form does.
 */
const LAND_CLASS_CODES = Object.keys(zhCN)
  .filter((key) => key.startsWith('landClass.'))
  .map((key) => key.slice('landClass.'.length) as LandClassCode);

interface ParcelFormProps {
  project: ProjectView['project'];
  tool: LinkageMapTool;
  drawn: DrawnPolygon | null;
  homesteads: readonly number[];
  onSaved: () => void;
  onCancel: () => void;
}

/** The attributes of what was drawn or picked on the map, saved with one call; the figures update on save. */
export function ParcelForm({ project, tool, drawn, homesteads, onSaved, onCancel }: ParcelFormProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [use, setUse] = useState<ConstructionUse>('resettlement');
  const [landClassBefore, setLandClassBefore] = useState<LandClassCode>(tool === 'demolition' ? '0702' : '0103');
  const [targetClass, setTargetClass] = useState<LandClassCode>('0103');
  const [villageCode, setVillageCode] = useState(project.villages[0]?.code ?? '');
  const [households, setHouseholds] = useState(0);
  const [buildingsM2, setBuildingsM2] = useState(0);
  const [scheduledOn, setScheduledOn] = useState('');
  const [areaName, setAreaName] = useState(project.name);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const save = (): Promise<unknown> => {
    const projectId = project.id;
    if (tool === 'homesteads') {
      return call('linkage.parcels.add', { projectId, kind: 'demolitionFromHomesteads', homesteadIds: [...homesteads], targetClass, scheduledOn: scheduledOn || null });
    }
    if (!drawn) return Promise.resolve();
    if (tool === 'area') return call('linkage.projects.setArea', { projectId, name: areaName.trim(), geometry: drawn });
    if (tool === 'construction') {
      return call('linkage.parcels.add', { projectId, kind: 'construction', geometry: drawn, attrs: { code: code.trim(), use, landClassBefore: landClassBefore } });
    }
    return call('linkage.parcels.add', {
      projectId,
      kind: 'demolition',
      geometry: drawn,
      attrs: {
        code: code.trim(),
        villageCode,
        landClassBefore: landClassBefore,
        targetClass: targetClass,
        targetJustification: '',
        gradeBefore: null,
        gradeAfter: null,
        households,
        buildingsM2,
        scheduledOn: scheduledOn || null,
        proposedBasicFarmland: false,
      },
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    save().then(onSaved, (error: unknown) => {
      setFailure({ error });
      setBusy(false);
    });
  };

  const field = (label: MessageKey, control: ReactNode) => (
    <label className="edit-form__field">
      {t(label)}
      {control}
    </label>
  );
  const classSelect = (value: LandClassCode, onChange: (v: LandClassCode) => void, testId: string) => (
    <select value={value} onChange={(e) => onChange(e.target.value as LandClassCode)} data-testid={testId}>
      {LAND_CLASS_CODES.map((c) => (
        <option key={c} value={c}>
          {c} {t(`landClass.${c}` as MessageKey)}
        </option>
      ))}
    </select>
  );
  const ready = tool === 'homesteads' ? homesteads.length > 0 : drawn !== null && (tool === 'area' ? areaName.trim() !== '' : code.trim() !== '');

  return (
    <form className="linkage-parcel-form edit-form" onSubmit={submit} data-testid="linkage-parcel-form" data-tool={tool}>
      <h3>{t(`linkage.draw.${tool}`)}</h3>
      {tool !== 'homesteads' && !drawn && <p className="tool-hint linkage-tool-hint">{t(tool === 'area' ? 'linkage.draw.areaHint' : 'linkage.draw.hint')}</p>}
      {tool === 'homesteads' && (
        <p className="tool-hint linkage-tool-hint" data-testid="linkage-homesteads-picked" data-count={homesteads.length}>
          {t('linkage.draw.homesteadsHint', { count: homesteads.length })}
        </p>
      )}
      {tool === 'area' && field('linkage.parcel.areaName', <input type="text" value={areaName} onChange={(e) => setAreaName(e.target.value)} data-testid="lp-area-name" />)}
      {(tool === 'construction' || tool === 'demolition') &&
        field('linkage.parcel.code', <input type="text" className="mono" value={code} onChange={(e) => setCode(e.target.value)} data-testid="lp-code" />)}
      {tool === 'construction' &&
        field(
          'linkage.parcel.use',
          <select value={use} onChange={(e) => setUse(e.target.value as ConstructionUse)} data-testid="lp-use">
            {CONSTRUCTION_USES.map((u) => (
              <option key={u} value={u}>
                {t(`linkage.use.${u}`)}
              </option>
            ))}
          </select>,
        )}
      {tool === 'demolition' &&
        field(
          'linkage.parcel.village',
          <select value={villageCode} onChange={(e) => setVillageCode(e.target.value)} data-testid="lp-village">
            {project.villages.map((v) => (
              <option key={v.code} value={v.code}>
                {v.name}
              </option>
            ))}
          </select>,
        )}
      {(tool === 'construction' || tool === 'demolition') && field('linkage.parcel.landClassBefore', classSelect(landClassBefore, setLandClassBefore, 'lp-class-before'))}
      {(tool === 'demolition' || tool === 'homesteads') && field('linkage.parcel.targetClass', classSelect(targetClass, setTargetClass, 'lp-target-class'))}
      {tool === 'demolition' && (
        <>
          {field('linkage.parcel.households', <input type="number" min={0} step={1} value={households} onChange={(e) => setHouseholds(Math.max(0, Math.trunc(Number(e.target.value)) || 0))} data-testid="lp-households" />)}
          {field('linkage.parcel.buildingsM2', <input type="number" min={0} step="any" value={buildingsM2} onChange={(e) => setBuildingsM2(Math.max(0, Number(e.target.value) || 0))} data-testid="lp-buildings" />)}
        </>
      )}
      {(tool === 'demolition' || tool === 'homesteads') &&
        field('linkage.parcel.scheduledOn', <input type="date" value={scheduledOn} onChange={(e) => setScheduledOn(e.target.value)} data-testid="lp-scheduled" />)}
      {failure && <Failure error={failure.error} testId="linkage-parcel-error" />}
      <div className="edit-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !ready} data-testid="lp-save">
          {t('linkage.parcel.save')}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="lp-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
