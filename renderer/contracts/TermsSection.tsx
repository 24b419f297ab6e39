import { useI18n } from '../i18n/I18nProvider';
import { CheckField, NumberField, OptionalBlock, Section, SelectField, TextField } from './form-fields';

const WHO = ['transferor', 'transferee', 'agreed'] as const;
const FACILITIES = ['transferor_free', 'valuation_buyback', 'restore', 'other'] as const;

/** 七 to 十三: filing, consents, subsidies, risk fund, compensation, expiry, penalties, disputes, copies. */
export function TermsSection() {
  const { t } = useI18n();
  return (
    <>
      <Section id="consents" title="contract.section.consents">
        <CheckField path="consents.improvements" label="contract.field.consentImprovements" />
        <CheckField path="consents.facilities" label="contract.field.consentFacilities" />
        <CheckField path="consents.collateral" label="contract.field.consentCollateral" />
        <CheckField path="consents.retransfer" label="contract.field.consentRetransfer" />
        <SelectField path="subsidiesTo" label="contract.field.subsidiesTo" options={WHO} prefix="contract.who" />
        <TextField path="subsidiesText" label="contract.field.subsidiesText" />
        <OptionalBlock path="riskFund" label="contract.field.riskFund" initial={{ amountYuan: 0, holder: '', refundAtExpiry: true }}>
          <NumberField path="riskFund.amountYuan" label="contract.field.riskFundAmount" unit="contract.unit.yuan" />
          <TextField path="riskFund.holder" label="contract.field.riskFundHolder" />
          <CheckField path="riskFund.refundAtExpiry" label="contract.field.riskFundRefund" />
        </OptionalBlock>
        <SelectField path="compensation.fixtures" label="contract.field.compFixtures" options={WHO} prefix="contract.who" />
        <SelectField path="compensation.crops" label="contract.field.compCrops" options={WHO} prefix="contract.who" />
      </Section>
      <Section id="ending" title="contract.section.ending">
        <NumberField path="filingDays" label="contract.field.filingDays" step={1} unit="contract.unit.days" />
        <NumberField path="renewalNoticeDays" label="contract.field.renewalNoticeDays" step={1} unit="contract.unit.days" />
        <NumberField path="returnDays" label="contract.field.returnDays" step={1} unit="contract.unit.days" />
        <SelectField path="facilitiesAtExpiry" label="contract.field.facilitiesAtExpiry" options={FACILITIES} prefix="contract.facilities" />
      </Section>
      <Section id="penalties" title="contract.section.penalties">
        <p className="hint cform-hint">{t('contract.hint.per10k')}</p>
        <NumberField path="penalties.lateDeliveryPer10k" label="contract.field.lateDeliveryPer10k" step={1} unit="contract.unit.per10k" />
        <NumberField path="penalties.lateDeliveryTerminateDays" label="contract.field.lateDeliveryTerminateDays" step={1} unit="contract.unit.days" />
        <NumberField path="penalties.lateRentPer10k" label="contract.field.lateRentPer10k" step={1} unit="contract.unit.per10k" />
        <NumberField path="penalties.lateRentTerminateDays" label="contract.field.lateRentTerminateDays" step={1} unit="contract.unit.days" />
        <NumberField path="penalties.lateReturnPer10k" label="contract.field.lateReturnPer10k" step={1} unit="contract.unit.per10k" />
        <SelectField path="disputes" label="contract.field.disputes" options={['arbitration', 'court'] as const} prefix="contract.disputes" />
        <NumberField path="copies" label="contract.field.copies" step={1} />
      </Section>
    </>
  );
}
