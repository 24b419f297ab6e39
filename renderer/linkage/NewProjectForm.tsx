import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { today } from '../calendar/today';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Dialog } from '../import/Dialog';
import { defaultDeadline, issuesByField, newProjectInput, type NewProjectFields } from './new-project-input';

type Village = { code: string; name: string };

interface NewProjectFormProps {
  onCreated: (id: number) => void;
  onClose: () => void;
}

/** 新建挂钩项目: the core validates and names each field at fault, shown under that field. */
export function NewProjectForm({ onCreated, onClose }: NewProjectFormProps) {
  const { t } = useI18n();
  const [villages, setVillages] = useState<Village[]>([]);
  const start = today();
  const [fields, setFields] = useState<NewProjectFields>({
    code: '',
    name: '',
    countyCode: '',
    townships: '',
    approvalDoc: '',
    startDate: start,
    deadline: defaultDeadline(start),
    villageCodes: [],
  });
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('contracts.settings', {}).then(
      (s) => {
        setVillages(s.villages);
        // The county is the first six digits of a village code (GB/T 2260); prefilled from the project's villages.
        const county = s.villages[0]?.code.slice(0, 6) ?? '';
        setFields((f) => (f.countyCode === '' ? { ...f, countyCode: county } : f));
      },
      (error: unknown) => setFailure({ error }),
    );
  }, []);

  const set = <K extends keyof NewProjectFields>(key: K, value: NewProjectFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const issues = failure ? issuesByField(failure.error) : new Map<string, string>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    call('linkage.projects.create', newProjectInput(fields)).then(
      (created) => onCreated(created.id),
      (error: unknown) => {
        setFailure({ error });
        setBusy(false);
      },
    );
  };

  const row = (field: keyof NewProjectFields, label: MessageKey, control: ReactNode) => (
    // A div, not a label: the villages row holds labels of its own.
    <div className={issues.has(field) ? 'cform-row cform-row--flagged' : 'cform-row'} data-field={field}>
      <span className="cform-row__label">{t(label)}</span>
      <span>
        {control}
        {issues.has(field) && (
          <span className="linkage-field-error" role="alert" data-testid={`new-error-${field}`}>
            {issues.get(field)}
          </span>
        )}
      </span>
    </div>
  );
  const text = (field: 'code' | 'name' | 'countyCode' | 'townships' | 'approvalDoc', placeholder?: MessageKey) => (
    <input type="text" aria-label={t(`linkage.new.${field}`)} value={fields[field]} onChange={(e) => set(field, e.target.value)} placeholder={placeholder && t(placeholder)} data-testid={`new-${field}`} />
  );
  const date = (field: 'startDate' | 'deadline') => <input type="date" aria-label={t(`linkage.new.${field}`)} value={fields[field]} onChange={(e) => set(field, e.target.value)} data-testid={`new-${field}`} />;

  return (
    <Dialog title={t('linkage.new.title')} testId="linkage-new-form" onClose={onClose}>
      <form onSubmit={submit} className="linkage-new">
        {row('code', 'linkage.new.code', text('code', 'linkage.new.codePlaceholder'))}
        {row('name', 'linkage.new.name', text('name'))}
        {row('countyCode', 'linkage.new.countyCode', text('countyCode'))}
        {row('townships', 'linkage.new.townships', text('townships', 'linkage.new.townshipsPlaceholder'))}
        {row('approvalDoc', 'linkage.new.approvalDoc', text('approvalDoc', 'linkage.new.approvalDocPlaceholder'))}
        {row('startDate', 'linkage.new.startDate', date('startDate'))}
        {row('deadline', 'linkage.new.deadline', date('deadline'))}
        {row(
          'villageCodes',
          'linkage.new.villages',
          <span className="cform-checks">
            {villages.map((v) => (
              <label key={v.code} className="cform-check">
                <input
                  type="checkbox"
                  checked={fields.villageCodes.includes(v.code)}
                  onChange={(e) => set('villageCodes', e.target.checked ? [...fields.villageCodes, v.code] : fields.villageCodes.filter((c) => c !== v.code))}
                  data-testid={`new-village-${v.code}`}
                />
                {v.name}
              </label>
            ))}
          </span>,
        )}
        {failure && <Failure error={failure.error} testId="linkage-new-error" />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="linkage-new-submit">
            {t('linkage.new.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('edit.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
