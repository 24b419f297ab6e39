import { useCallback, useEffect, useState } from 'react';
import { formatYuan } from '../../src/domain/contract/capital-numerals';
import { formatMu } from '../../src/domain/units';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { BatchPrint } from './BatchPrint';
import type { DueItem, ExpiringRow, LedgerRow } from './contract-api';
import { today } from '../calendar/today';
import { Failure } from './Failure';
import { PaymentForm } from './PaymentForm';

export type BookTab = 'ledger' | 'due' | 'overdue' | 'expiring' | 'print';
const TABS: readonly BookTab[] = ['ledger', 'due', 'overdue', 'expiring', 'print'];

interface ContractBookProps {
  tab: BookTab;
  onTab: (tab: BookTab) => void;
  /** Bumped when a contract changes elsewhere, so the lists are read again. */
  version: number;
  onOpen: (id: number) => void;
  onClose: () => void;
}

type Lists = { ledger: LedgerRow[] | null; due: DueItem[] | null; overdue: DueItem[] | null; expiring: ExpiringRow[] | null };
const EMPTY: Lists = { ledger: null, due: null, overdue: null, expiring: null };

/** 流转台账 with its Excel export, rent due and overdue with payment recording, contracts expiring soon, and batch printing. */
export function ContractBook({ tab, onTab, version, onOpen, onClose }: ContractBookProps) {
  const { t } = useI18n();
  const [lists, setLists] = useState<Lists>(EMPTY);
  const [asOf, setAsOf] = useState(today());
  const [months, setMonths] = useState(6);
  const [out, setOut] = useState('');
  const [exported, setExported] = useState<string | null>(null);
  const [paying, setPaying] = useState<DueItem | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [reload, setReload] = useState(0);

  const fail = useCallback((error: unknown) => setFailure({ error }), []);
  useEffect(() => {
    setFailure(null);
    const put = <K extends keyof Lists>(key: K) => (value: Lists[K]) => setLists((l) => ({ ...l, [key]: value }));
    if (tab === 'ledger') call('ledger.list', {}).then(put('ledger'), fail);
    if (tab === 'due') call('payments.due', {}).then(put('due'), fail);
    if (tab === 'overdue') call('payments.overdue', { asOf }).then(put('overdue'), fail);
    if (tab === 'expiring') call('contracts.expiring', { months, asOf }).then(put('expiring'), fail);
  }, [tab, asOf, months, version, reload, fail]);

  const exportLedger = () => {
    setExported(null);
    setFailure(null);
    call('ledger.export', { out: out.trim(), overwrite: true }).then((r) => setExported(r.file), fail);
  };

  const dueTable = (items: DueItem[] | null) =>
    items && (
      <table className="cform-table contracts-table" data-testid={`book-${tab}-table`}>
        <thead>
          <tr>
            <th>{t('contract.book.number')}</th>
            <th>{t('contract.rent.household')}</th>
            <th>{t('contract.rent.year')}</th>
            <th>{t('contract.rent.due')}</th>
            <th>{t('contract.rent.amount')}</th>
            <th>{t('contract.book.paid')}</th>
            <th>{t('contract.book.outstanding')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} data-testid="due-row">
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(item.contractId)}>
                  {item.number ?? t('contract.status.draft')}
                </button>
              </td>
              <td>{item.headName}</td>
              <td className="num">{item.year}</td>
              <td>{item.dueDate}</td>
              <td className="num">{formatYuan(item.amountYuan)}</td>
              <td className="num">{formatYuan(item.paidYuan)}</td>
              <td className="num">{formatYuan(item.outstandingYuan)}</td>
              <td>
                {item.outstandingYuan > 0 && (
                  <button type="button" className="button" onClick={() => setPaying(item)} data-testid="due-pay">
                    {t('contract.book.record')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <Dialog title={t('contract.book.title')} testId="contract-book" onClose={onClose}>
      <div className="contracts-book">
        <div className="contracts-tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className="contracts-tab" onClick={() => onTab(name)} data-testid={`book-tab-${name}`}>
              {t(`contract.book.tab.${name}`)}
            </button>
          ))}
        </div>
        {(tab === 'overdue' || tab === 'expiring') && (
          <div className="button-row">
            <label className="cform-check">
              {t('contract.book.asOf')}
              <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} data-testid="book-as-of" />
            </label>
            {tab === 'expiring' && (
              <label className="cform-check">
                {t('contract.book.months')}
                <input type="number" min={1} max={120} step={1} value={months} onChange={(e) => setMonths(Math.max(1, Math.trunc(Number(e.target.value)) || 1))} data-testid="book-months" />
              </label>
            )}
          </div>
        )}
        {failure && <Failure error={failure.error} testId="book-error" />}
        {paying && (
          <PaymentForm
            item={paying}
            onDone={() => {
              setPaying(null);
              setReload((r) => r + 1);
            }}
            onCancel={() => setPaying(null)}
          />
        )}
        {tab === 'ledger' && lists.ledger && (
          <>
            <div className="button-row">
              <input type="text" value={out} onChange={(e) => setOut(e.target.value)} placeholder={t('contract.book.exportPlaceholder')} aria-label={t('contract.book.export')} data-testid="ledger-out" />
              <button type="button" className="button" disabled={!out.trim()} onClick={exportLedger} data-testid="ledger-export">
                {t('contract.book.export')}
              </button>
            </div>
            {exported && (
              <p className="cform-actions__done" data-testid="ledger-exported">
                {t('contract.book.exported', { path: exported })}
              </p>
            )}
            <div className="cform-scroll">
              <table className="cform-table contracts-table" data-testid="ledger-table">
                <thead>
                  <tr>
                    {(['number', 'status', 'mode', 'holders', 'transferee', 'areaMu', 'term', 'use', 'rentBasis', 'filedOn'] as const).map((c) => (
                      <th key={c}>{t(`contract.book.${c}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lists.ledger.map((row) => (
                    <tr key={row.id} data-testid="ledger-row" data-status={row.status}>
                      <td>
                        <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                          {row.number ?? t('contract.status.draft')}
                        </button>
                      </td>
                      <td>{t(`contract.status.${row.status}`)}</td>
                      <td>{t(`contract.mode.${row.mode}`)}</td>
                      <td>{row.holders.join(t('contract.listSeparator'))}</td>
                      <td>{row.transferee}</td>
                      <td className="num">{formatMu(row.areaM2)}</td>
                      <td>
                        {row.startDate} – {row.endDate}
                      </td>
                      <td>{row.use}</td>
                      <td>{row.rentBasis}</td>
                      <td>{row.filedOn ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {lists.ledger.length === 0 && <p className="hint">{t('contract.book.empty')}</p>}
          </>
        )}
        {tab === 'due' && dueTable(lists.due)}
        {tab === 'overdue' && dueTable(lists.overdue)}
        {(tab === 'due' || tab === 'overdue') && lists[tab]?.length === 0 && <p className="hint">{t('contract.book.empty')}</p>}
        {tab === 'expiring' && lists.expiring && (
          <table className="cform-table contracts-table" data-testid="book-expiring-table">
            <thead>
              <tr>
                <th>{t('contract.book.number')}</th>
                <th>{t('contract.book.status')}</th>
                <th>{t('contract.book.term')}</th>
                <th>{t('contract.book.households')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.expiring.map((c) => (
                <tr key={c.id} data-testid="expiring-row">
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                      {c.number ?? t('contract.status.draft')}
                    </button>
                  </td>
                  <td>{t(`contract.status.${c.status}`)}</td>
                  <td>
                    {c.startDate} – {c.endDate}
                  </td>
                  <td className="num">{c.households}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tab === 'expiring' && lists.expiring?.length === 0 && <p className="hint">{t('contract.book.empty')}</p>}
        {tab === 'print' && <BatchPrint version={version} />}
      </div>
    </Dialog>
  );
}
