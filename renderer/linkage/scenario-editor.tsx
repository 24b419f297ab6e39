import { useState, type ReactNode } from 'react';
import type { OptionRule, ScenarioInput } from '../../src/domain/linkage/relocation/scenario';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { splitList } from './ledger-event-form';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { allotmentFor, CONSTRUCTION_MODES, HOMESTEAD_TIERS, HOUSING_TYPES, scenarioIssues, TRADING_SCOPES, withHousingType } from './scenario-draft';

type Props = { projectId: number; initial: ScenarioInput; chosen: boolean; isNew: boolean; takenIds: readonly string[]; onSaved(): void; onCancel(): void };

/** A number box where blank means "the county parameter" (null) or, for optional fields, leaves the field out. */
function NumberBox({ value, onChange, testId, step }: { value: number | null | undefined; onChange(v: number | null): void; testId: string; step?: string }) {
  return (
    <input
      type="number"
      step={step ?? 'any'}
      min={0}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' || !Number.isFinite(Number(e.target.value)) ? null : Number(e.target.value))}
      data-testid={testId}
    />
  );
}

/** Creates or edits a relocation scenario; the domain schema checks it as it is typed, the core when saved. */
export function ScenarioEditor({ projectId, initial, chosen: initiallyChosen, isNew, takenIds, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const [s, setS] = useState<ScenarioInput>(initial);
  const [chosen, setChosen] = useState(initiallyChosen);
  const [failure, setFailure] = useState<unknown>(null);
  const issues = scenarioIssues(s);
  const idTaken = isNew && takenIds.includes(s.id);
  const flagged = new Set(issues.map((i) => i.path.split('.')[0]));
  const patch = (p: Partial<ScenarioInput>) => setS((cur) => ({ ...cur, ...p }));

  const row = (field: string, label: MessageKey, control: ReactNode) => (
    <label className={flagged.has(field) ? 'books-row books-row--flagged' : 'books-row'}>
      <span>{t(label)}</span>
      {control}
    </label>
  );
  const select = <V extends string>(value: V, options: readonly V[], prefix: string, onChange: (v: V) => void, testId: string) => (
    <select value={value} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
      {options.map((o) => (
        <option key={o} value={o}>
          {t(`${prefix}.${o}` as MessageKey)}
        </option>
      ))}
    </select>
  );

  const rules = s.optionRules ?? [];
  const setRule = (i: number, rule: OptionRule) => patch({ optionRules: rules.map((r, j) => (j === i ? rule : r)) });

  const save = () => {
    setFailure(null);
    call('linkage.scenarios.save', { projectId, scenario: s, chosen }).then(onSaved, setFailure);
  };

  return (
    <section className="books-section books-subform" data-testid="scenario-editor">
      <h3>{t(isNew ? 'linkageBooks.scenarios.new' : 'linkageBooks.scenarios.editTitle', { name: s.name })}</h3>
      <div className="books-grid">
        {row('id', 'linkageBooks.scenario.id', <input type="text" value={s.id} readOnly={!isNew} onChange={(e) => patch({ id: e.target.value })} data-testid="scenario-id" />)}
        {row('name', 'linkageBooks.scenario.name', <input type="text" value={s.name} onChange={(e) => patch({ name: e.target.value })} data-testid="scenario-name" />)}
        {row('housingType', 'linkageBooks.scenario.housingType', select(s.housingType, HOUSING_TYPES, 'linkageBooks.housing', (v) => setS((cur) => withHousingType(cur, v)), 'scenario-housing'))}
        {row('constructionMode', 'linkageBooks.scenario.constructionMode', select(s.constructionMode, CONSTRUCTION_MODES, 'linkageBooks.mode', (v) => patch({ constructionMode: v }), 'scenario-mode'))}
        {row('allotment', 'linkageBooks.scenario.allotment', select(s.allotment.basis, ['per_capita', 'per_household'] as const, 'linkageBooks.basis', (b) => patch({ allotment: allotmentFor(b, s.allotment) }), 'scenario-basis'))}
        {s.allotment.basis === 'per_capita'
          ? row('allotment', 'linkageBooks.scenario.floorPerPerson', <NumberBox value={s.allotment.floorM2PerPerson} onChange={(v) => patch({ allotment: { basis: 'per_capita', floorM2PerPerson: v } })} testId="scenario-per-person" />)
          : row('allotment', 'linkageBooks.scenario.floorPerHousehold', <NumberBox value={s.allotment.floorM2PerHousehold} onChange={(v) => patch({ allotment: { basis: 'per_household', floorM2PerHousehold: v ?? 0 } })} testId="scenario-per-household" />)}
        {row('homesteadTier', 'linkageBooks.scenario.homesteadTier', select(s.homesteadTier, HOMESTEAD_TIERS, 'linkageBooks.tier', (v) => patch({ homesteadTier: v }), 'scenario-tier'))}
        {row('homesteadM2', 'linkageBooks.scenario.homesteadM2', <NumberBox value={s.homesteadM2} onChange={(v) => patch({ homesteadM2: v })} testId="scenario-homestead" />)}
        {row('elderlyUnitFloorM2', 'linkageBooks.scenario.elderlyUnit', <NumberBox value={s.elderlyUnitFloorM2} onChange={(v) => patch({ elderlyUnitFloorM2: v ?? 0 })} testId="scenario-elderly-unit" />)}
        {row('plotRatio', 'linkageBooks.scenario.plotRatioApartment', <NumberBox value={s.plotRatio?.apartment} onChange={(v) => patch({ plotRatio: withOptional(s.plotRatio, 'apartment', v) })} testId="scenario-plot-apartment" />)}
        {row('plotRatio', 'linkageBooks.scenario.plotRatioElderly', <NumberBox value={s.plotRatio?.elderly} onChange={(v) => patch({ plotRatio: withOptional(s.plotRatio, 'elderly', v) })} testId="scenario-plot-elderly" />)}
        {row(
          'villageShareOfGains',
          'linkageBooks.scenario.villageShare',
          <NumberBox value={s.villageShareOfGains * 100} step="1" onChange={(v) => patch({ villageShareOfGains: (v ?? 0) / 100 })} testId="scenario-village-share" />,
        )}
        {row('tradingScope', 'linkageBooks.scenario.tradingScope', select(s.tradingScope, TRADING_SCOPES, 'linkageBooks.scope', (v) => patch({ tradingScope: v }), 'scenario-scope'))}
      </div>
      <p className="books-note">{t('linkageBooks.scenario.blankMeansCounty')}</p>

      <h4>{t('linkageBooks.scenario.optionRules')}</h4>
      {rules.map((r, i) => (
        <div key={i} className="books-rule" data-testid={`scenario-rule-${i}`}>
          {select(r.housing, HOUSING_TYPES, 'linkageBooks.housing', (housing) => setRule(i, { ...r, housing }), `scenario-rule-${i}-housing`)}
          {r.kind === 'all_members_aged' ? (
            <label className="books-inline">
              {t('linkageBooks.scenario.ruleAged')} <NumberBox value={r.minAge} step="1" onChange={(v) => setRule(i, { ...r, minAge: v ?? 0 })} testId={`scenario-rule-${i}-age`} />
            </label>
          ) : (
            <label className="books-inline">
              {t('linkageBooks.scenario.ruleListed')}{' '}
              <input type="text" defaultValue={r.householdCodes.join(', ')} onBlur={(e) => setRule(i, { ...r, householdCodes: splitList(e.target.value) })} data-testid={`scenario-rule-${i}-codes`} />
            </label>
          )}
          <button type="button" className="link-button" onClick={() => patch({ optionRules: rules.filter((_, j) => j !== i) })}>
            {t('linkageBooks.remove')}
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => patch({ optionRules: [...rules, { kind: 'all_members_aged', minAge: 70, housing: 'elderly' }] })}>
          {t('linkageBooks.scenario.addAgedRule')}
        </button>
        <button type="button" className="button" onClick={() => patch({ optionRules: [...rules, { kind: 'listed', householdCodes: [], housing: 'courtyard' }] })}>
          {t('linkageBooks.scenario.addListedRule')}
        </button>
      </div>

      <label className="books-inline">
        <input type="checkbox" checked={chosen} onChange={(e) => setChosen(e.target.checked)} data-testid="scenario-chosen-check" /> {t('linkageBooks.scenario.markChosen')}
      </label>
      {(issues.length > 0 || idTaken) && (
        <ul className="books-blocked" data-testid="scenario-issues">
          {idTaken && <li>{t('linkageBooks.scenario.idTaken', { id: s.id })}</li>}
          {issues.map((i, n) => (
            <li key={n} data-issue-path={i.path}>
              {t(`linkageBooks.scenario.${fieldKey(i.path)}` as MessageKey)}: {i.message}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={issues.length > 0 || idTaken} onClick={save} data-testid="scenario-save">
          {t('linkageBooks.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('linkageBooks.cancel')}
        </button>
      </div>
      {failure !== null && <Failure error={failure} testId="scenario-error" />}
    </section>
  );
}

const withOptional = (ratio: ScenarioInput['plotRatio'], key: 'apartment' | 'elderly', v: number | null) => {
  const { [key]: _old, ...rest } = ratio ?? {};
  return v === null ? rest : { ...rest, [key]: v };
};

/** The catalogue key naming the field an issue is about. */
const FIELD_KEYS: Record<string, string> = {
  id: 'id', name: 'name', housingType: 'housingType', constructionMode: 'constructionMode', allotment: 'allotment', homesteadTier: 'homesteadTier',
  homesteadM2: 'homesteadM2', elderlyUnitFloorM2: 'elderlyUnit', plotRatio: 'plotRatioApartment', villageShareOfGains: 'villageShare',
  optionRules: 'optionRules', tradingScope: 'tradingScope',
};
const fieldKey = (path: string): string => FIELD_KEYS[path.split('.')[0] ?? ''] ?? 'name';
