import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput, ParcelDetail } from '../../src/api/contract';
import type { AmendmentRequest } from '../../src/domain/contract/contract-amendment';
import { call } from '../api/client';
import type { AmendableContract } from './AmendmentForm';
import type { MessageKey } from '../i18n/messages';
import type { SplitOutcome } from '../panels/PiecesSection';
import type { NewParcelAttributes } from './CreateParcelForm';
import type { DrawnShape, EditTool } from './edit-tool';
import { refusalReason } from './refusal';
import type { SplitByAreasRequest } from './SplitByAreasForm';
import type { HistoryStep } from './shortcuts';
import type { Message } from '../../src/domain/message';

type ParcelGeometry = MethodOutput<'parcels.geometry'>['geometry'];

/** What a saved edit changed: the parcels to select now (null: nothing changed), and the pieces of a split. */
export interface AppliedEdit {
  select: number[] | null;
  split: SplitOutcome | null;
  message: MessageKey;
}

interface EditingDeps {
  /** The one selected parcel, which every tool but `draw` works on. */
  target: ParcelDetail | null;
  selectedIds: readonly number[];
  onApplied: (edit: AppliedEdit) => void;
  onRefused: (reason: Message) => void;
  onError: (err: unknown) => void;
}

type SplitMergeResult = MethodOutput<'parcels.split'>;

function splitOutcome(original: ParcelDetail, result: SplitMergeResult): AppliedEdit {
  const pieces = result.parcels.map((p) => ({ id: p.id, code: p.code, m2: p.areas.ellipsoidM2 }));
  return {
    select: pieces.map((p) => p.id),
    split: { originalCode: original.code, originalM2: result.originalM2, pieces },
    message: 'edit.done.split',
  };
}

const single = (parcel: ParcelDetail, message: MessageKey): AppliedEdit => ({ select: [parcel.id], split: null, message });

/**
 * The edit workflow behind the toolbar: which tool is on, the unsaved outline of the vertex tool,
 * the shape drawn for a new parcel, and one call per edit. A refusal is reported with the core's reason.
 */
/** A refused edit that may be made again as an amendment of a contract on its parcels. */
interface Amendable {
  contracts: AmendableContract[];
  retry: (amendment: AmendmentRequest) => void;
}

/** The parcels an edit call works on, to ask the core what rests on them. */
const parcelsOf = (input: unknown): number[] => {
  const i = input as { id?: number; ids?: number[] };
  return i.ids ?? (i.id === undefined ? [] : [i.id]);
};

export function useEditing({ target, selectedIds, onApplied, onRefused, onError }: EditingDeps) {
  const [tool, setToolState] = useState<EditTool | null>(null);
  const [amendable, setAmendable] = useState<Amendable | null>(null);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<ParcelGeometry | null>(null);
  /** The outline drawn with the `draw` tool, waiting for its attributes. */
  const [newShape, setNewShape] = useState<Extract<DrawnShape, { type: 'Polygon' }> | null>(null);

  const setTool = useCallback((next: EditTool | null) => {
    setToolState(next);
    setDraft(null);
    setNewShape(null);
  }, []);

  /**
   * One edit call. A refusal is reported with the core's reason; when only contracts in force rest on the
   * parcels (no linkage parcel), the same call can be made again as an amendment of one of them.
   */
  const run = useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>, applied: (out: MethodOutput<M>) => AppliedEdit) => {
      setBusy(true);
      setAmendable(null);
      try {
        const edit = applied(await call(method, input));
        setTool(null);
        onApplied(edit);
      } catch (err) {
        const reason = refusalReason(err);
        if (reason === null) return onError(err);
        onRefused(reason);
        const ids = parcelsOf(input);
        if (ids.length === 0 || method.startsWith('edits.')) return;
        const resting = await call('parcels.encumbrances', { ids }).catch(() => []);
        const contracts = [...new Map(resting.flatMap((e) => (e.kind === 'contract' ? [[e.contractId, e] as const] : []))).values()];
        if (contracts.length > 0 && resting.every((e) => e.kind === 'contract')) {
          setAmendable({
            contracts: contracts.map((c) => ({ contractId: c.contractId, number: c.number, transfereeName: c.transfereeName })),
            retry: (amendment) => void run(method, { ...input, amendment } as MethodInput<M>, applied),
          });
        }
      } finally {
        setBusy(false);
      }
    },
    [onApplied, onRefused, onError, setTool],
  );

  const onDrawn = useCallback(
    (geometry: DrawnShape) => {
      if (tool === 'draw' && geometry.type === 'Polygon') return setNewShape(geometry);
      if (!target) return;
      if (tool === 'hole' && geometry.type === 'Polygon') {
        void run('parcels.cutHole', { id: target.id, ring: geometry.coordinates[0]! }, (p) => single(p, 'edit.done.hole'));
      } else if (tool === 'splitLine' && geometry.type === 'LineString') {
        void run('parcels.split', { id: target.id, line: geometry.coordinates }, (r) => splitOutcome(target, r));
      }
    },
    [tool, target, run],
  );

  const create = (attributes: NewParcelAttributes) =>
    newShape && void run('parcels.create', { geometry: newShape, ...attributes }, (p) => single(p, 'edit.done.create'));

  const splitByAreas = (request: SplitByAreasRequest) =>
    target && void run('parcels.splitByAreas', { id: target.id, ...request }, (r) => splitOutcome(target, r));

  const saveVertices = () => target && draft && void run('parcels.reshape', { id: target.id, geometry: draft }, (p) => single(p, 'edit.done.reshape'));

  const merge = () =>
    void run('parcels.merge', { ids: [...selectedIds] }, (r) => ({ select: r.parcels.map((p) => p.id), split: null, message: 'edit.done.merge' }));

  // The parcels the step brought back are selected, so an undone split shows the original again.
  const step = (which: HistoryStep) =>
    void run(which === 'undo' ? 'edits.undo' : 'edits.redo', {}, (result) => ({
      select: result ? result.restoredIds : null,
      split: null,
      message: result ? `edit.done.${which}` : which === 'undo' ? 'edit.nothingToUndo' : 'edit.nothingToRedo',
    }));

  return { tool, setTool, busy, draft, setDraft, newShape, onDrawn, create, splitByAreas, saveVertices, merge, step, amendable, dismissAmendment: () => setAmendable(null) };
}
