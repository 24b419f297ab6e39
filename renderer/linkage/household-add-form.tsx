import { useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { emptyHouseholdForm, emptyMember, householdFromForm, STRUCTURES, type ConsentStatus, type HouseholdForm, type MemberForm } from './household-form';

const STATUSES: readonly ConsentStatus[] = ['pending', 'agreed', 'refused'];

/** Adds one surveyed household; the core checks ID numbers and that the survey code is new in the project. */
export function HouseholdAddForm({ projectId, villages, onAdded, onCancel }: { projectId: number; villages: readonly string[]; onAdded(): void; onCancel(): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<HouseholdForm>(() => emptyHouseholdForm(villages[0] ?? ''));
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const flag = (path: string) => (missing.includes(path) ? 'books-row books-row--flagged' : 'books-row');

  const setMember = (i: number, field: keyof MemberForm, value: string) =>
    setForm((f) => ({ ...f, members: f.members.map((m, j) => (j === i ? { ...m, [field]: value } : m)) }));

  const add = () => {
    setFailure(null);
    const draft = householdFromForm(form);
    if (!draft.ok) return setMissing(draft.missing);
    setMissing([]);
    call('linkage.households.add', { projectId, households: [draft.household] }).then(onAdded, setFailure);
  };

  const text = (field: 'code' | 'headName' | 'villageName' | 'homesteadM2', type = 'text') => (
    <label className={flag(field)}>
      <span>{t(`linkageBooks.households.field.${field}`)}</span>
      <input
        type={type}
        step="any"
        min={0}
        value={form[field]}
        list={field === 'villageName' ? 'books-villages' : undefined}
        onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
        data-testid={`household-${field}`}
      />
    </label>
  );

  return (
    <div className="books-subform" data-testid="household-form">
      <datalist id="books-villages">
        {villages.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <div className="books-grid">
        {text('code')}
        {text('headName')}
        {text('villageName')}
        {text('homesteadM2', 'number')}
        {STRUCTURES.map((s) => (
          <label key={s} className={flag(`floorAreaM2.${s}`)}>
            <span>{t('linkageBooks.households.field.floor', { structure: t(`linkageBooks.structure.${s}`) })}</span>
            <input type="number" step="any" min={0} value={form.floorAreaM2[s]} onChange={(e) => setForm((f) => ({ ...f, floorAreaM2: { ...f.floorAreaM2, [s]: e.target.value } }))} data-testid={`household-floor-${s}`} />
          </label>
        ))}
        <label className="books-row">
          <span>{t('linkageBooks.households.col.consent')}</span>
          <select value={form.consentStatus} onChange={(e) => setForm((f) => ({ ...f, consentStatus: e.target.value as ConsentStatus }))} data-testid="household-consent">
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`linkageBooks.consent.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {form.consentStatus !== 'pending' && (
          <label className={flag('signedOn')}>
            <span>{t('linkageBooks.consent.signedOn')}</span>
            <input type="date" value={form.signedOn} onChange={(e) => setForm((f) => ({ ...f, signedOn: e.target.value }))} data-testid="household-signedOn" />
          </label>
        )}
      </div>
      <h4>{t('linkageBooks.households.members')}</h4>
      <table className="books-table">
        <thead>
          <tr>
            {(['name', 'relation', 'birthDate', 'idNumber'] as const).map((f) => (
              <th key={f}>{t(`linkageBooks.member.${f}`)}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {form.members.map((m, i) => (
            <tr key={i}>
              {(['name', 'relation', 'birthDate', 'idNumber'] as const).map((f) => (
                <td key={f} className={missing.includes(`members.${i}.${f}`) ? 'books-cell--flagged' : undefined}>
                  <input type={f === 'birthDate' ? 'date' : 'text'} value={m[f]} onChange={(e) => setMember(i, f, e.target.value)} data-testid={`member-${i}-${f}`} />
                </td>
              ))}
              <td>
                <button type="button" className="link-button" disabled={form.members.length === 1} onClick={() => setForm((f) => ({ ...f, members: f.members.filter((_, j) => j !== i) }))}>
                  {t('linkageBooks.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setForm((f) => ({ ...f, members: [...f.members, emptyMember()] }))} data-testid="member-add">
          {t('linkageBooks.households.addMember')}
        </button>
        <button type="button" className="button button--primary" onClick={add} data-testid="household-save">
          {t('linkageBooks.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('linkageBooks.cancel')}
        </button>
      </div>
      {missing.length > 0 && <p className="books-blocked">{t('linkageBooks.form.incomplete')}</p>}
      {failure !== null && <Failure error={failure} testId="household-error" />}
    </div>
  );
}
