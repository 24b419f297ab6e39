import { call } from '../api/client';
import { useEffect, useState } from 'react';
import { formatYuan } from '../../src/domain/contract/capital-numerals';
import { formatMu } from '../../src/domain/units';
import { today } from '../calendar/today';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { type CaseViewData, type PriceList } from './case-api';
import { ConsentsTable } from './ConsentsTable';
import { InsuranceFields } from './InsuranceFields';
import { MortgageFields } from './MortgageFields';
import { blankInsurance, blankMortgage, blankTrusteeship } from './record-drafts';
import { RecordSection } from './RecordSection';
import { TrusteeshipFields } from './TrusteeshipFields';

interface RecordsPanelProps {
  view: CaseViewData;
  busy: boolean;
  apply: (work: () => Promise<CaseViewData>) => Promise<void>;
}

/** The records of the transferor, bank, insurer and co-op lanes. */
export function RecordsPanel({ view, busy, apply }: RecordsPanelProps) {
  const { t } = useI18n();
  const [lists, setLists] = useState<PriceList[]>([]);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const contractId = view.contract.id;
  useEffect(() => {
    call('cases.priceLists.get', {}).then(setLists, (error: unknown) => setFailure({ error }));
  }, []);
  const remove = (kind: 'consent' | 'mortgage' | 'insurance' | 'trusteeship') => (id: number) => apply(() => call('cases.records.remove', { contractId, kind, id }));

  return (
    <div className="case-records-panel">
      {failure && <Failure error={failure.error} testId="price-lists-error" />}
      <ConsentsTable view={view} busy={busy} save={(consent) => apply(() => call('cases.consents.save', { contractId, consent }))} remove={remove('consent')} />
      <RecordSection
        title="cases.mortgage.title"
        testId="mortgages"
        records={view.mortgages}
        summary={(m) => t('cases.mortgage.summary', { bank: m.bank, loanNo: m.loanNo, yuan: formatYuan(m.amountYuan), maturity: m.maturityDate, status: t(`cases.mortgageStatus.${m.status}`) })}
        blank={() => blankMortgage(view, today())}
        form={(m, set) => <MortgageFields m={m} set={set} parcels={view.contract.parcels} />}
        busy={busy}
        save={(mortgage) => apply(() => call('cases.mortgages.save', { contractId, mortgage }))}
        remove={remove('mortgage')}
      />
      <RecordSection
        title="cases.insurance.title"
        testId="insurances"
        records={view.insurances}
        summary={(r) => t('cases.insurance.summary', { insurer: r.insurer, product: t(`cases.product.${r.product}`), mu: formatMu(r.insuredM2), end: r.endDate })}
        blank={() => blankInsurance(view, today())}
        form={(r, set) => <InsuranceFields r={r} set={set} />}
        busy={busy}
        save={(insurance) => apply(() => call('cases.insurances.save', { contractId, insurance }))}
        remove={remove('insurance')}
      />
      <RecordSection
        title="cases.trusteeship.title"
        testId="trusteeships"
        records={view.trusteeships}
        summary={(r) => t('cases.trusteeship.summary', { coop: r.coop, mode: t(`cases.trusteeshipMode.${r.mode}`), mu: formatMu(r.areaM2), fee: formatYuan(r.feeYuanPerMu) })}
        blank={() => blankTrusteeship(view, lists[0] ?? null, today())}
        form={(r, set) => <TrusteeshipFields r={r} set={set} lists={lists} />}
        busy={busy}
        save={(trusteeship) => apply(() => call('cases.trusteeships.save', { contractId, trusteeship }))}
        remove={remove('trusteeship')}
      />
    </div>
  );
}
