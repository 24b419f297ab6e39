import { useEffect, useState } from 'react';
import type { ParcelDetail } from '../../src/api/contract';
import { PartyKindSchema, type PartyKind } from '../../src/domain/contract/contract-facts';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { Failure } from './Failure';
import { Section, useDraft } from './form-fields';
import type { Party } from './contract-api';

/** 乙方 kinds a planner creates here; households come from the project. */
const TRANSFEREE_KINDS = PartyKindSchema.options.filter((k) => k !== 'household');

const EMPTY_PARTY = { kind: 'cooperative' as PartyKind, name: '', uscc: '', idNumber: '', representative: '', address: '', phone: '', collectiveMember: false };

/** Organisations carry a USCC (GB 32100), natural persons an ID number (GB 11643); the core validates either. */
const usesUscc = (kind: PartyKind) => kind !== 'individual';

/** 一 当事人: the transferor households (from the parcels) and the transferee, picked or created. */
export function PartiesSection({ holders }: { holders: readonly NonNullable<ParcelDetail['household']>[] }) {
  const { t } = useI18n();
  const { draft, patch, readOnly, flagged } = useDraft();
  const [parties, setParties] = useState<Party[] | null>(null);
  const [creating, setCreating] = useState<typeof EMPTY_PARTY | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    call('parties.list', {}).then(setParties, (error: unknown) => setFailure({ error }));
  }, []);

  const create = () => {
    if (!creating) return;
    setFailure(null);
    const { uscc, idNumber, representative, address, phone, ...rest } = creating;
    const optional = Object.fromEntries(Object.entries({ uscc, idNumber, representative, address, phone }).filter(([, v]) => v.trim() !== ''));
    call('parties.create', { ...rest, ...optional }).then(
      (party) => {
        setParties((list) => [...(list ?? []), party]);
        patch('transfereePartyId', party.id);
        setCreating(null);
      },
      (error: unknown) => setFailure({ error }),
    );
  };
  const edit = (field: keyof typeof EMPTY_PARTY, value: string | boolean) => setCreating((p) => p && { ...p, [field]: value });

  return (
    <Section id="parties" title="contract.section.parties">
      <h4>{t('contract.party.transferors', { count: holders.length })}</h4>
      <ul className="cform-holders" data-testid="contract-transferors">
        {holders.map((h) => (
          <li key={h.id}>
            {h.headName} <span className="cform-code">{h.code}</span> {t('contract.party.contractEnd', { date: h.contractEnd || '—' })}
          </li>
        ))}
      </ul>
      <label className={flagged.has('transfereePartyId') ? 'cform-row cform-row--flagged' : 'cform-row'} data-path-row="transfereePartyId">
        <span className="cform-row__label">{t('contract.party.transferee')}</span>
        <select value={draft.transfereePartyId} disabled={readOnly || !parties} data-path="transfereePartyId" data-testid="cf-transferee" onChange={(e) => patch('transfereePartyId', Number(e.target.value))}>
          {draft.transfereePartyId === 0 && (
            <option value={0} disabled>
              {t('contract.party.choose')}
            </option>
          )}
          {parties?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {t(`contract.partyKind.${p.kind}`)}
            </option>
          ))}
        </select>
      </label>
      {!readOnly && !creating && (
        <button type="button" className="button" onClick={() => setCreating(EMPTY_PARTY)} data-testid="party-new">
          {t('contract.party.new')}
        </button>
      )}
      {creating && (
        <div className="cform-optional__body" data-testid="party-form">
          <label className="cform-row">
            <span className="cform-row__label">{t('contract.party.kind')}</span>
            <select value={creating.kind} onChange={(e) => edit('kind', e.target.value)} data-testid="party-kind">
              {TRANSFEREE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`contract.partyKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {(['name', usesUscc(creating.kind) ? 'uscc' : 'idNumber', 'representative', 'address', 'phone'] as const).map((field) => (
            <label key={field} className="cform-row">
              <span className="cform-row__label">{t(`contract.party.${field}`)}</span>
              <input type="text" value={creating[field]} onChange={(e) => edit(field, e.target.value)} data-testid={`party-${field}`} />
            </label>
          ))}
          <label className="cform-check">
            <input type="checkbox" checked={creating.collectiveMember} onChange={(e) => edit('collectiveMember', e.target.checked)} data-testid="party-collectiveMember" />
            {t('contract.party.collectiveMember')}
          </label>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={!creating.name.trim()} onClick={create} data-testid="party-create">
              {t('contract.party.create')}
            </button>
            <button type="button" className="button" onClick={() => setCreating(null)}>
              {t('contract.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && <Failure error={failure.error} testId="party-error" />}
    </Section>
  );
}
