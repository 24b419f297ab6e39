import { useState } from 'react';
import type { ParcelDetail } from '../../src/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { ContractBook, type BookTab } from './ContractBook';
import { ContractForm, type FormTarget } from './ContractForm';
import { DraftPanel } from './DraftPanel';
import type { SelectShape } from './SelectBoxLayer';
import './contracts.css';

interface ContractsPanelProps {
  selectedIds: readonly number[];
  parcels: readonly ParcelDetail[] | null;
  shape: SelectShape | null;
  onShape: (shape: SelectShape | null) => void;
  onAddParcels: (ids: readonly number[]) => void;
  onClose: () => void;
}

/** 流转合同: drafting from the map selection, the form, and the ledger and rent book. */
export function ContractsPanel({ selectedIds, parcels, shape, onShape, onAddParcels, onClose }: ContractsPanelProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<FormTarget | null>(null);
  const [book, setBook] = useState<BookTab | null>(null);
  const [version, setVersion] = useState(0);

  return (
    <section className="panel-section contracts-panel" data-testid="contracts-panel" aria-labelledby="contracts-title">
      <header className="panel-section__header">
        <h2 id="contracts-title">{t('contract.panel.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('parcel.close')} data-testid="contracts-close">
          ×
        </button>
      </header>
      <DraftPanel selectedIds={selectedIds} parcels={parcels} shape={shape} onShape={onShape} onAddParcels={onAddParcels} onDraft={setForm} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setBook('ledger')} data-testid="open-ledger">
          {t('contract.book.tab.ledger')}
        </button>
        <button type="button" className="button" onClick={() => setBook('due')} data-testid="open-payments">
          {t('contract.book.payments')}
        </button>
      </div>
      {book && <ContractBook tab={book} onTab={setBook} version={version} onOpen={(id) => setForm({ kind: 'saved', id })} onClose={() => setBook(null)} />}
      {form && <ContractForm key={form.kind === 'saved' ? `saved-${form.id}` : 'new'} target={form} onClose={() => setForm(null)} onChanged={() => setVersion((v) => v + 1)} />}
    </section>
  );
}
