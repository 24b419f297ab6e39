import { InsuranceProductSchema, type Insurance } from '../../src/domain/case/case-records';
import { AreaInput, ChoiceInput, DateInput, NumberInput, TextInput } from './record-fields';

type Share = keyof Insurance['premiumSplit'];
const SHARES: readonly Share[] = ['central', 'provincial', 'county', 'farmer'];

/** 农业保险 (domain.md D.2): product, crop, insured 亩, sum insured, premium and its subsidy split, policy. */
export function InsuranceFields({ r, set }: { r: Insurance; set: (r: Insurance) => void }) {
  return (
    <>
      <TextInput label="cases.insurance.insurer" value={r.insurer} onChange={(insurer) => set({ ...r, insurer })} testId="insurance-insurer" />
      <ChoiceInput label="cases.insurance.product" value={r.product} options={InsuranceProductSchema.options} prefix="cases.product" onChange={(product) => set({ ...r, product })} testId="insurance-product" />
      <TextInput label="cases.insurance.crop" value={r.crop} onChange={(crop) => set({ ...r, crop })} testId="insurance-crop" />
      <AreaInput label="cases.insurance.area" value={r.insuredM2} onChange={(insuredM2) => set({ ...r, insuredM2 })} testId="insurance-area" />
      <NumberInput label="cases.insurance.sumPerMu" value={r.sumInsuredYuanPerMu} onChange={(v) => set({ ...r, sumInsuredYuanPerMu: v ?? 0 })} unit="cases.unit.yuanPerMu" testId="insurance-sum" />
      <NumberInput label="cases.insurance.rate" value={r.premiumRate} scale={100} onChange={(v) => set({ ...r, premiumRate: v ?? 0 })} unit="cases.unit.percent" testId="insurance-rate" />
      {SHARES.map((s) => (
        <NumberInput
          key={s}
          label={`cases.insurance.share.${s}`}
          value={r.premiumSplit[s]}
          scale={100}
          onChange={(v) => set({ ...r, premiumSplit: { ...r.premiumSplit, [s]: v ?? 0 } })}
          unit="cases.unit.percent"
          testId={`insurance-share-${s}`}
        />
      ))}
      <TextInput label="cases.insurance.policyNo" value={r.policyNo} onChange={(policyNo) => set({ ...r, policyNo })} testId="insurance-policyNo" />
      <DateInput label="cases.insurance.start" value={r.startDate} onChange={(v) => set({ ...r, startDate: v ?? '' })} testId="insurance-start" />
      <DateInput label="cases.insurance.end" value={r.endDate} onChange={(v) => set({ ...r, endDate: v ?? '' })} testId="insurance-end" />
      <TextInput label="cases.insurance.beneficiary" value={r.beneficiary} onChange={(beneficiary) => set({ ...r, beneficiary })} testId="insurance-beneficiary" />
    </>
  );
}
