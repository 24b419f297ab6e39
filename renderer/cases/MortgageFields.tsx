import { AppraisalMethodSchema, MortgageStatusSchema, type Mortgage } from '../../src/domain/case/case-records';
import { formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import type { CaseViewData } from './case-api';
import { ChoiceInput, DateInput, NumberInput, TextInput } from './record-fields';

interface MortgageFieldsProps {
  m: Mortgage;
  set: (m: Mortgage) => void;
  parcels: CaseViewData['contract']['parcels'];
}

/** 经营权抵押贷款 (domain.md D.1): loan, mortgaged parcels, appraisal, filing and registration (LM-04). */
export function MortgageFields({ m, set, parcels }: MortgageFieldsProps) {
  const { t } = useI18n();
  const covered = new Set(m.parcels.map((p) => p.parcelId));
  const toggle = (p: (typeof parcels)[number], on: boolean) =>
    set({ ...m, parcels: on ? [...m.parcels, { parcelId: p.parcelId, areaM2: p.areaM2 }] : m.parcels.filter((x) => x.parcelId !== p.parcelId) });
  const reg = m.registration;
  return (
    <>
      <TextInput label="cases.mortgage.bank" value={m.bank} onChange={(bank) => set({ ...m, bank })} testId="mortgage-bank" />
      <TextInput label="cases.mortgage.loanNo" value={m.loanNo} onChange={(loanNo) => set({ ...m, loanNo })} testId="mortgage-loanNo" />
      <NumberInput label="cases.mortgage.amount" value={m.amountYuan} onChange={(v) => set({ ...m, amountYuan: v ?? 0 })} unit="cases.unit.yuan" testId="mortgage-amount" />
      <NumberInput label="cases.mortgage.rate" value={m.annualRate} scale={100} onChange={(v) => set({ ...m, annualRate: v ?? 0 })} unit="cases.unit.percent" testId="mortgage-rate" />
      <DateInput label="cases.mortgage.start" value={m.startDate} onChange={(v) => set({ ...m, startDate: v ?? '' })} testId="mortgage-start" />
      <DateInput label="cases.mortgage.maturity" value={m.maturityDate} onChange={(v) => set({ ...m, maturityDate: v ?? '' })} testId="mortgage-maturity" />
      <TextInput label="cases.mortgage.purpose" value={m.purpose} onChange={(purpose) => set({ ...m, purpose })} testId="mortgage-purpose" />
      <div className="cform-row">
        <span className="cform-row__label">{t('cases.mortgage.parcels')}</span>
        <span className="cform-checks">
          {parcels.map((p) => (
            <label key={p.parcelId} className="cform-check">
              <input type="checkbox" checked={covered.has(p.parcelId)} onChange={(e) => toggle(p, e.target.checked)} />
              <span className="cform-code">{p.code}</span> {t('cases.muValue', { mu: formatMu(p.areaM2) })}
            </label>
          ))}
        </span>
      </div>
      <NumberInput label="cases.mortgage.appraised" value={m.appraisedValueYuan} onChange={(v) => set({ ...m, appraisedValueYuan: v ?? 0 })} unit="cases.unit.yuan" testId="mortgage-appraised" />
      <ChoiceInput label="cases.mortgage.method" value={m.appraisalMethod} options={AppraisalMethodSchema.options} prefix="cases.appraisal" onChange={(appraisalMethod) => set({ ...m, appraisalMethod })} testId="mortgage-method" />
      <TextInput label="cases.mortgage.appraiser" value={m.appraiser} onChange={(appraiser) => set({ ...m, appraiser })} testId="mortgage-appraiser" />
      <DateInput label="cases.mortgage.filedOn" value={m.filedOn} onChange={(filedOn) => set({ ...m, filedOn })} testId="mortgage-filedOn" />
      <label className="cform-check">
        <input type="checkbox" checked={reg !== null} onChange={(e) => set({ ...m, registration: e.target.checked ? { registrar: '', number: '', registeredOn: m.startDate } : null })} data-testid="mortgage-registered" />
        {t('cases.mortgage.registered')}
      </label>
      {reg && (
        <div className="cform-optional__body">
          <TextInput label="cases.mortgage.registrar" value={reg.registrar} onChange={(registrar) => set({ ...m, registration: { ...reg, registrar } })} testId="mortgage-registrar" />
          <TextInput label="cases.mortgage.registrationNo" value={reg.number} onChange={(number) => set({ ...m, registration: { ...reg, number } })} testId="mortgage-registrationNo" />
          <DateInput label="cases.mortgage.registeredOn" value={reg.registeredOn} onChange={(v) => set({ ...m, registration: { ...reg, registeredOn: v ?? '' } })} testId="mortgage-registeredOn" />
        </div>
      )}
      <TextInput label="cases.mortgage.policyNo" value={m.insurancePolicyNo} onChange={(insurancePolicyNo) => set({ ...m, insurancePolicyNo })} testId="mortgage-policyNo" />
      <ChoiceInput label="cases.mortgage.status" value={m.status} options={MortgageStatusSchema.options} prefix="cases.mortgageStatus" onChange={(status) => set({ ...m, status })} testId="mortgage-status" />
    </>
  );
}
