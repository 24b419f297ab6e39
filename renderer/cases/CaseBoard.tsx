import { call } from '../api/client';
import { useCallback, useEffect, useState } from 'react';
import { LANES, STEP_STATUSES, type Lane, type StepStatus } from '../../src/domain/case/case-lane';
import { CaseStageSchema, type CaseStage } from '../../src/domain/case/case-view';
import { formatMu } from '../../src/domain/units';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { boardFilter, NO_FILTER, townsOf, type BoardControls } from './board-filter';
import { type Board, type DeadlineData } from './case-api';
import { CaseView } from './CaseView';
import { DeadlineTable } from './DeadlineTable';
import '../contracts/contracts.css';
import './cases.css';

type Tab = 'board' | 'deadlines';
const STAGES = CaseStageSchema.options;

/** 六位一体: every case of a township with its six lanes, the counts and 亩 per stage, and the 待办 list. */
export function CaseBoard({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('board');
  const [controls, setControls] = useState<BoardControls>(NO_FILTER);
  const [board, setBoard] = useState<Board | null>(null);
  const [towns, setTowns] = useState<string[]>([]);
  const [deadlines, setDeadlines] = useState<DeadlineData[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const fail = useCallback((error: unknown) => setFailure({ error }), []);

  useEffect(() => {
    call('cases.board', {}).then((all) => setTowns(townsOf(all.rows)), fail);
  }, [version, fail]);
  useEffect(() => {
    setFailure(null);
    call('cases.board', boardFilter(controls)).then(setBoard, fail);
    call('cases.deadlines', controls.town ? { town: controls.town } : {}).then(setDeadlines, fail);
  }, [controls, version, fail]);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const set = (patch: Partial<BoardControls>) => setControls((c) => ({ ...c, ...patch }));

  return (
    <Dialog title={t('cases.title')} testId="case-board" onClose={onClose}>
      {open !== null ? (
        <CaseView contractId={open} onBack={() => setOpen(null)} onChanged={changed} />
      ) : (
        <div className="case-board">
          <div className="button-row case-board__filters">
            <select value={controls.town} onChange={(e) => set({ town: e.target.value })} aria-label={t('cases.filter.town')} data-testid="board-town">
              <option value="">{t('cases.filter.allTowns')}</option>
              {towns.map((town) => (
                <option key={town} value={town}>
                  {town}
                </option>
              ))}
            </select>
            <select value={controls.stage} onChange={(e) => set({ stage: e.target.value as CaseStage | '' })} aria-label={t('cases.filter.stage')} data-testid="board-stage">
              <option value="">{t('cases.filter.allStages')}</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.stage.${s}`)}
                </option>
              ))}
            </select>
            <select value={controls.lane} onChange={(e) => set({ lane: e.target.value as Lane | '' })} aria-label={t('cases.filter.lane')} data-testid="board-lane">
              <option value="">{t('cases.filter.anyLane')}</option>
              {LANES.map((l) => (
                <option key={l} value={l}>
                  {t(`cases.laneShort.${l}`)}
                </option>
              ))}
            </select>
            <select value={controls.status} disabled={!controls.lane} onChange={(e) => set({ status: e.target.value as StepStatus | '' })} aria-label={t('cases.filter.status')} data-testid="board-status">
              <option value="">{t('cases.filter.anyStatus')}</option>
              {STEP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.status.${s}`)}
                </option>
              ))}
            </select>
            <label className="cform-check">
              <input type="checkbox" checked={controls.blockedOnly} onChange={(e) => set({ blockedOnly: e.target.checked })} data-testid="board-blocked" />
              {t('cases.filter.blockedOnly')}
            </label>
          </div>
          <nav className="contracts-tabs" role="tablist">
            {(['board', 'deadlines'] as const).map((key) => (
              <button key={key} type="button" role="tab" className="contracts-tab" aria-selected={tab === key} onClick={() => setTab(key)} data-testid={`board-tab-${key}`}>
                {t(`cases.boardTab.${key}`)}
              </button>
            ))}
          </nav>
          {failure && <Failure error={failure.error} testId="board-error" />}
          {tab === 'board' && board && board.unreadable.length > 0 && (
            <section className="form-problem" role="alert" data-testid="board-unreadable">
              <p>{t('cases.unreadable.title')}</p>
              <ul>
                {board.unreadable.map((u) => (
                  <li key={u.contractId}>{t('cases.unreadable.item', { contract: u.number ?? String(u.contractId), message: u.message })}</li>
                ))}
              </ul>
            </section>
          )}
          {tab === 'board' && board && <BoardTable board={board} onOpen={setOpen} />}
          {tab === 'deadlines' && deadlines && <DeadlineTable deadlines={deadlines} onOpen={setOpen} />}
        </div>
      )}
    </Dialog>
  );
}

/** The counts strip over the rows listed, then one row per case with a chip per lane. */
function BoardTable({ board, onOpen }: { board: Board; onOpen: (contractId: number) => void }) {
  const { t } = useI18n();
  const { rows, counts } = board;
  return (
    <>
      <ul className="case-counts" data-testid="board-counts" data-blocked={counts.blocked}>
        {counts.byStage.map((s) => (
          <li key={s.stage} className={`case-stage case-stage--${s.stage}`} data-testid="board-count" data-stage={s.stage} data-cases={s.cases} data-m2={s.areaM2}>
            {t(`cases.stage.${s.stage}`)} <strong>{s.cases}</strong> {t('cases.muValue', { mu: formatMu(s.areaM2) })}
          </li>
        ))}
        <li className="case-blocked">{t('cases.board.blockedCount', { count: counts.blocked })}</li>
      </ul>
      {rows.length === 0 ? (
        <p className="hint">{t('cases.board.empty')}</p>
      ) : (
        <div className="cform-scroll">
          <table className="cform-table case-table" data-testid="board-table">
            <thead>
              <tr>
                <th>{t('cases.board.number')}</th>
                <th>{t('cases.board.transferee')}</th>
                <th>{t('cases.board.village')}</th>
                <th>{t('cases.board.mu')}</th>
                <th>{t('cases.board.stage')}</th>
                {LANES.map((l) => (
                  <th key={l}>{t(`cases.laneShort.${l}`)}</th>
                ))}
                <th>{t('cases.board.next')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.contractId} data-testid="board-row" data-contract={r.contractId} data-stage={r.stage} data-blocked={r.blocked} data-m2={r.areaM2}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpen(r.contractId)} data-testid="board-open">
                      {r.number ?? t('cases.noNumber')}
                    </button>
                  </td>
                  <td>{r.transfereeName}</td>
                  <td>
                    {r.town} {r.village}
                  </td>
                  <td className="num">{formatMu(r.areaM2)}</td>
                  <td>
                    <span className={`case-stage case-stage--${r.stage}`}>{t(`cases.stage.${r.stage}`)}</span>
                    {r.blocked && <span className="case-blocked">{t('cases.blocked')}</span>}
                  </td>
                  {LANES.map((l) => (
                    <td key={l} data-lane={l} data-status={r.laneStatus[l]}>
                      <span className={`case-chip case-chip--${r.laneStatus[l]}`}>{t(`cases.status.${r.laneStatus[l]}`)}</span>
                    </td>
                  ))}
                  <td className={r.nextDeadline?.overdue ? 'case-deadline--overdue' : undefined}>{r.nextDeadline ? `${r.nextDeadline.date} ${r.nextDeadline.text}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
