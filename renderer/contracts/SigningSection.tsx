import { useI18n } from '../i18n/I18nProvider';
import { CheckField, DateField, NumberField, OptionalBlock, Section, SelectField, TextField, useDraft } from './form-fields';

/** Approvals (LT-12, LT-13), the agent (LT-08), 代耕 (LT-01), signing, supplementary terms and the annex checklist. */
export function SigningSection({ householdNames }: { householdNames: ReadonlyMap<number, string> }) {
  const { t } = useI18n();
  const { draft, patch, readOnly } = useDraft();
  const attorney = draft.agent?.powerOfAttorneyHouseholdIds ?? [];
  const annexes = draft.annexes;
  return (
    <>
      <Section id="approvals" title="contract.section.approvals">
        <OptionalBlock path="socialCapitalReview" label="contract.field.socialCapitalReview" initial={{ approvalNo: '', approvedOn: draft.startDate, tier: 'township' }}>
          <TextField path="socialCapitalReview.approvalNo" label="contract.field.approvalNo" />
          <DateField path="socialCapitalReview.approvedOn" label="contract.field.approvedOn" />
          <SelectField path="socialCapitalReview.tier" label="contract.field.reviewTier" options={['township', 'county'] as const} prefix="contract.tier" />
        </OptionalBlock>
        <OptionalBlock path="collectiveLand" label="contract.field.collectiveLand" initial={{ resolutionOn: draft.startDate, inFavour: 0, total: 1, publicised: false }}>
          <DateField path="collectiveLand.resolutionOn" label="contract.field.resolutionOn" />
          <NumberField path="collectiveLand.inFavour" label="contract.field.inFavour" step={1} />
          <NumberField path="collectiveLand.total" label="contract.field.totalVoters" step={1} />
          <CheckField path="collectiveLand.publicised" label="contract.field.publicised" />
        </OptionalBlock>
        <OptionalBlock path="agent" label="contract.field.agent" initial={{ name: '', idNumber: '', powerOfAttorneyHouseholdIds: [] }}>
          <TextField path="agent.name" label="contract.field.agentName" />
          <TextField path="agent.idNumber" label="contract.field.agentId" />
          <div className="cform-row" data-path-row="agent.powerOfAttorneyHouseholdIds">
            <span className="cform-row__label">{t('contract.field.powerOfAttorney')}</span>
            <span className="cform-checks" data-path="agent.powerOfAttorneyHouseholdIds" tabIndex={-1}>
              {draft.transferorHouseholdIds.map((id) => (
                <label key={id} className="cform-check">
                  <input
                    type="checkbox"
                    disabled={readOnly}
                    checked={attorney.includes(id)}
                    onChange={(e) => patch('agent.powerOfAttorneyHouseholdIds', e.target.checked ? [...attorney, id] : attorney.filter((x) => x !== id))}
                  />
                  {householdNames.get(id) ?? `#${id}`}
                </label>
              ))}
            </span>
          </div>
        </OptionalBlock>
        <CheckField path="caretakerOnly" label="contract.field.caretakerOnly" />
      </Section>
      <Section id="signing" title="contract.section.signing">
        <DateField path="signedOn" label="contract.field.signedOn" nullable />
        <TextField path="signPlace" label="contract.field.signPlace" />
        <TextField path="supplementary" label="contract.field.supplementary" multiline />
      </Section>
      <Section id="annexes" title="contract.section.annexes">
        <table className="cform-table" data-path="annexes" tabIndex={-1}>
          <thead>
            <tr>
              <th>{t('contract.annex.item')}</th>
              <th>{t('contract.annex.supplied')}</th>
              <th>{t('contract.annex.pages')}</th>
              <th>{t('contract.annex.remark')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {annexes.map((a, i) => (
              <tr key={i} data-testid="annex-row">
                <td>
                  <input type="text" value={a.item} readOnly={readOnly} data-path={`annexes.${i}.item`} onChange={(e) => patch(`annexes.${i}.item`, e.target.value)} />
                </td>
                <td>
                  <input type="checkbox" checked={a.supplied} disabled={readOnly} onChange={(e) => patch(`annexes.${i}.supplied`, e.target.checked)} />
                </td>
                <td>
                  <input type="number" min={0} step={1} value={a.pages} readOnly={readOnly} onChange={(e) => patch(`annexes.${i}.pages`, Math.max(0, Math.trunc(Number(e.target.value))))} />
                </td>
                <td>
                  <input type="text" value={a.remark} readOnly={readOnly} onChange={(e) => patch(`annexes.${i}.remark`, e.target.value)} />
                </td>
                <td>
                  <button type="button" className="icon-button" disabled={readOnly} aria-label={t('contract.remove')} onClick={() => patch('annexes', annexes.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" disabled={readOnly} onClick={() => patch('annexes', [...annexes, { item: t('contract.annex.newItem'), supplied: false, pages: 0, remark: '' }])}>
          {t('contract.annex.add')}
        </button>
      </Section>
    </>
  );
}
