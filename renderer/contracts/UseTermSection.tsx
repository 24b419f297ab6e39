import { LandUseKindSchema, TransferModeSchema } from '../../src/domain/contract/contract-draft';
import { useI18n } from '../i18n/I18nProvider';
import { DateField, Section, SelectField, TextField, useDraft } from './form-fields';

/** 一(方式), 二(二), 三, 四, 五: mode, existing assets, use, term and delivery. */
export function UseTermSection() {
  const { t } = useI18n();
  const { draft } = useDraft();
  return (
    <Section id="use" title="contract.section.useTerm">
      <SelectField path="mode" label="contract.field.mode" options={TransferModeSchema.options} prefix="contract.mode" />
      <TextField path="use" label="contract.field.use" />
      <SelectField path="useKind" label="contract.field.useKind" options={LandUseKindSchema.options} prefix="contract.useKind" />
      {draft.useKind !== 'grain' && <TextField path="nonGrainJustification" label="contract.field.nonGrainJustification" multiline />}
      <TextField path="existingAssets" label="contract.field.existingAssets" multiline />
      <DateField path="startDate" label="contract.field.startDate" />
      <DateField path="endDate" label="contract.field.endDate" />
      <DateField path="deliveryDate" label="contract.field.deliveryDate" />
      <p className="hint cform-hint">{t('contract.hint.term')}</p>
    </Section>
  );
}
