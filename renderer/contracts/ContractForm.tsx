import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ParcelDetail } from '../../src/api/contract';
import type { ContractDraft } from '../../src/domain/contract/contract-draft';
import type { ContractView } from '../../src/domain/contract/contract-view';
import type { Finding } from '../../src/domain/contract/rule';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { ContractActions } from './ContractActions';
import { closestPath, setAt } from './draft-path';
import { Failure } from './Failure';
import { FindingsPanel } from './FindingsPanel';
import { DraftContext, type DraftBinding } from './form-fields';
import { ParcelChanges } from './ParcelChanges';
import { ParcelTable } from './ParcelTable';
import { PartiesSection } from './PartiesSection';
import { RentPanel } from './RentPanel';
import { RentSection } from './RentSection';
import { previewRent, type PricedParcel } from './rent-preview';
import { SigningSection } from './SigningSection';
import { TermsSection } from './TermsSection';
import { UseTermSection } from './UseTermSection';

/** A new draft from contracts.defaults (not yet stored), or a stored contract. */
export type FormTarget = { kind: 'new'; draft: ContractDraft; perHousehold: boolean } | { kind: 'saved'; id: number };

interface ContractFormProps {
  target: FormTarget;
  onClose: () => void;
  /** After a save, numbering or status change, so the ledger catches up. */
  onChanged: () => void;
}

/** Quiet time after the last keystroke before the draft is checked again. */
const CHECK_DELAY_MS = 400;

/** 起草/编辑合同: every section of the model text, the live legal checks and rent, and the contract's actions. */
export function ContractForm({ target, onClose, onChanged }: ContractFormProps) {
  const { t } = useI18n();
  const [id, setId] = useState<number | null>(target.kind === 'saved' ? target.id : null);
  const [view, setView] = useState<ContractView | null>(null);
  const [draft, setDraft] = useState<ContractDraft | null>(target.kind === 'new' ? target.draft : null);
  const [dirty, setDirty] = useState(target.kind === 'new');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [details, setDetails] = useState<ReadonlyMap<number, ParcelDetail>>(new Map());
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const [createdMore, setCreatedMore] = useState(0);
  const body = useRef<HTMLDivElement>(null);

  const load = useCallback((contractId: number) => {
    return call('contracts.get', { id: contractId }).then((v) => {
      setView(v);
      setDraft(v.draft);
      setDirty(false);
    });
  }, []);

  useEffect(() => {
    if (target.kind === 'saved') load(target.id).catch((error: unknown) => setFailure({ error }));
  }, [target, load]);

  // Parcel details for the table and the rent preview, read once per parcel.
  const parcelKey = draft?.parcels.map((p) => p.parcelId).join(',') ?? '';
  useEffect(() => {
    const ids = parcelKey ? parcelKey.split(',').map(Number) : [];
    let stale = false;
    // A parcel that has left the layer has no details; the table shows it from the contract (LT-22 says why).
    Promise.all(ids.map((pid) => call('parcels.get', { id: pid }).catch(() => null))).then(
      (list) => !stale && setDetails(new Map(list.flatMap((d) => (d ? [[d.id, d] as const] : [])))),
      (error: unknown) => !stale && setFailure({ error }),
    );
    return () => {
      stale = true;
    };
  }, [parcelKey]);

  // The checks run in the core (they need the project's facts), debounced while the planner types.
  useEffect(() => {
    // Without a transferee the draft is not yet a contract the core can check.
    if (!draft?.transfereePartyId) return;
    let stale = false;
    setChecking(true);
    const timer = setTimeout(() => {
      call('contracts.check', id === null ? { draft } : { draft, id }).then(
        (result) => {
          if (stale) return;
          setFindings(result.findings);
          setChecking(false);
        },
        (error: unknown) => {
          if (stale) return;
          setChecking(false);
          setFailure({ error });
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [draft, id]);

  const known = useMemo(() => new Map((view?.parcelRows ?? []).map((r) => [r.parcelId, r])), [view]);
  const readOnly = view !== null && view.status !== 'draft';
  const flagged = useMemo(() => new Set((findings ?? []).filter((f) => f.severity === 'error' && f.path).map((f) => f.path!)), [findings]);
  const patch = useCallback((path: string, value: unknown) => {
    setDraft((d) => d && setAt(d, path, value));
    setDirty(true);
  }, []);
  const binding = useMemo<DraftBinding | null>(() => draft && { draft, patch, flagged, readOnly }, [draft, patch, flagged, readOnly]);

  const holders = useMemo(() => {
    const byId = new Map<number, NonNullable<ParcelDetail['household']>>();
    for (const d of details.values()) if (d.household) byId.set(d.household.id, d.household);
    return [...byId.values()];
  }, [details]);
  const householdNames = useMemo(() => new Map(holders.map((h) => [h.id, h.headName])), [holders]);
  const priced = useMemo(
    () => new Map<number, PricedParcel>([...details.values()].map((d) => [d.id, { householdId: d.household?.id ?? null, ellipsoidM2: d.areas.ellipsoidM2 }])),
    [details],
  );
  const preview = useMemo(() => draft && previewRent(draft, priced), [draft, priced]);

  const focusFinding = (finding: Finding) => {
    const root = body.current;
    if (!root || !finding.path) return;
    const present = new Set([...root.querySelectorAll<HTMLElement>('[data-path]')].map((el) => el.dataset.path!));
    const path = closestPath(finding.path, present);
    const el = path && root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  };

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      onChanged();
    } catch (error) {
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      if (!draft) return;
      if (id !== null) {
        await call('contracts.updateDraft', { id, draft });
        return load(id);
      }
      const perHousehold = target.kind === 'new' && target.perHousehold && draft.transferorHouseholdIds.length > 1;
      const saved = perHousehold ? (await call('contracts.createPerHousehold', { draft })).drafts : [await call('contracts.createDraft', { draft })];
      const ids = saved.map((s) => s.id);
      setId(ids[0]!);
      setCreatedMore(ids.length - 1);
      return load(ids[0]!);
    });

  return (
    <Dialog title={view?.number ? t('contract.form.titleNumbered', { number: view.number }) : t('contract.form.title')} testId="contract-form" onClose={onClose}>
      <div className="cform" data-status={view?.status ?? 'new'} data-dirty={dirty ? 'true' : 'false'}>
        <div className="cform__body" ref={body}>
          {binding ? (
            <DraftContext.Provider value={binding}>
              <PartiesSection holders={holders} />
              <ParcelTable details={details} known={known} />
              <UseTermSection />
              <RentSection />
              <TermsSection />
              <SigningSection householdNames={householdNames} />
            </DraftContext.Provider>
          ) : (
            !failure && <p className="hint">{t('contract.loading')}</p>
          )}
        </div>
        <aside className="cform__side">
          <ContractActions
            id={id}
            view={view}
            dirty={dirty}
            busy={busy}
            findings={findings}
            createdMore={createdMore}
            onSave={save}
            onRun={run}
            onReload={() => (id === null ? Promise.resolve() : load(id))}
          />
          {failure && <Failure error={failure.error} testId="contract-error" />}
          <FindingsPanel findings={findings} checking={checking} onFocus={focusFinding} />
          {view && id !== null && <ParcelChanges view={view} findings={findings} busy={busy} onFollow={() => run(() => call('contracts.followLineage', { id }).then(() => load(id)))} />}
          {preview && <RentPanel preview={preview} householdNames={householdNames} />}
        </aside>
      </div>
    </Dialog>
  );
}
