import { GrainSchema, PaymentPlanSchema, type RentBasis } from '../../src/domain/contract/contract-draft';
import { useI18n } from '../i18n/I18nProvider';
import { CheckField, NumberField, OptionalBlock, Section, SelectField, TextField, useDraft } from './form-fields';

/** What a rent form starts with when the planner switches to it: the Shandong examples of domain.md B.4. */
const RENT_STARTS: Record<RentBasis['kind'], RentBasis> = {
  cash: { kind: 'cash', yuanPerMuYear: 800 },
  grain: { kind: 'grain', grain: 'wheat', jinPerMuYear: 700, priceRef: 'market', priceDate: '05-10', basePriceYuanPerJin: 1.3, resetEveryYears: 3 },
  share: { kind: 'share', scheme: 'guaranteed_plus_dividend', guaranteedYuanPerMuYear: 600, contributionYuan: null, shares: null, dissolutionReturnsLand: true, preferredShares: false },
  other: { kind: 'other', text: '' },
};
const RENT_KINDS = Object.keys(RENT_STARTS) as RentBasis['kind'][];
const PAY_MODES = PaymentPlanSchema.shape.mode.options;
const PAY_METHODS = ['bank_transfer', 'cash', 'other'] as const;

function RentBasisFields({ rent }: { rent: RentBasis }) {
  switch (rent.kind) {
    case 'cash':
      return <NumberField path="rent.yuanPerMuYear" label="contract.field.yuanPerMuYear" unit="contract.unit.yuanPerMuYear" />;
    case 'grain':
      return (
        <>
          <SelectField path="rent.grain" label="contract.field.grain" options={GrainSchema.options} prefix="contract.grain" />
          <NumberField path="rent.jinPerMuYear" label="contract.field.jinPerMuYear" unit="contract.unit.jinPerMuYear" />
          <SelectField path="rent.priceRef" label="contract.field.priceRef" options={['market', 'state_minimum', 'posted'] as const} prefix="contract.priceRef" />
          <TextField path="rent.priceDate" label="contract.field.priceDate" />
          <NumberField path="rent.basePriceYuanPerJin" label="contract.field.basePrice" unit="contract.unit.yuanPerJin" />
          <NumberField path="rent.resetEveryYears" label="contract.field.resetEveryYears" step={1} unit="contract.unit.years" />
        </>
      );
    case 'share':
      return (
        <>
          <SelectField path="rent.scheme" label="contract.field.shareScheme" options={['dividend_only', 'guaranteed_plus_dividend'] as const} prefix="contract.shareScheme" />
          {rent.scheme === 'guaranteed_plus_dividend' && (
            <NumberField path="rent.guaranteedYuanPerMuYear" label="contract.field.guaranteed" nullable unit="contract.unit.yuanPerMuYear" />
          )}
          <NumberField path="rent.contributionYuan" label="contract.field.contribution" nullable unit="contract.unit.yuan" />
          <NumberField path="rent.shares" label="contract.field.shares" step={1} nullable />
          <CheckField path="rent.dissolutionReturnsLand" label="contract.field.dissolutionReturnsLand" />
          <CheckField path="rent.preferredShares" label="contract.field.preferredShares" />
        </>
      );
    case 'other':
      return <TextField path="rent.text" label="contract.field.rentText" multiline />;
  }
}

/** 六: rent basis with its sub-fields, adjustment, payment plan and the payee's account. */
export function RentSection() {
  const { t } = useI18n();
  const { draft, patch, readOnly } = useDraft();
  const instalments = draft.payment.instalments;
  return (
    <Section id="rent" title="contract.section.rent">
      <label className="cform-row" data-path-row="rent">
        <span className="cform-row__label">{t('contract.field.rentKind')}</span>
        <select value={draft.rent.kind} disabled={readOnly} data-path="rent" data-testid="cf-rent-kind" onChange={(e) => patch('rent', RENT_STARTS[e.target.value as RentBasis['kind']])}>
          {RENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`contract.rentKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <RentBasisFields rent={draft.rent} />
      <OptionalBlock path="adjustment" label="contract.field.adjustment" initial={{ everyYears: 3, method: '' }}>
        <NumberField path="adjustment.everyYears" label="contract.field.adjustEveryYears" step={1} unit="contract.unit.years" />
        <TextField path="adjustment.method" label="contract.field.adjustMethod" />
      </OptionalBlock>
      <h4>{t('contract.field.payment')}</h4>
      <SelectField path="payment.mode" label="contract.field.paymentMode" options={PAY_MODES} prefix="contract.paymentMode" />
      <TextField path="payment.dueMonthDay" label="contract.field.dueMonthDay" />
      {draft.payment.mode === 'instalments' && (
        <div className="cform-list" data-path-row="payment.instalments">
          {instalments.map((_, i) => (
            <div key={i} className="cform-list__row">
              <TextField path={`payment.instalments.${i}.monthDay`} label="contract.field.instalmentDay" />
              <NumberField path={`payment.instalments.${i}.pct`} label="contract.field.instalmentPct" unit="contract.unit.pct" />
              <button type="button" className="icon-button" disabled={readOnly} aria-label={t('contract.remove')} onClick={() => patch('payment.instalments', instalments.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="button" disabled={readOnly} onClick={() => patch('payment.instalments', [...instalments, { monthDay: draft.payment.dueMonthDay, pct: 50 }])}>
            {t('contract.addInstalment')}
          </button>
        </div>
      )}
      <CheckField path="payment.inAdvance" label="contract.field.inAdvance" />
      <SelectField path="payment.method" label="contract.field.paymentMethod" options={PAY_METHODS} prefix="contract.paymentMethod" />
      {(draft.payment.mode === 'other' || draft.payment.method === 'other') && <TextField path="payment.otherText" label="contract.field.paymentOther" />}
      <OptionalBlock path="payeeAccount" label="contract.field.payeeAccount" initial={{ name: '', number: '', bank: '' }}>
        <TextField path="payeeAccount.name" label="contract.field.accountName" />
        <TextField path="payeeAccount.number" label="contract.field.accountNumber" />
        <TextField path="payeeAccount.bank" label="contract.field.accountBank" />
      </OptionalBlock>
      <CheckField path="payeeIsHousehold" label="contract.field.payeeIsHousehold" />
    </Section>
  );
}
