import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ChecklistItemSchema, StepRefSchema, type CaseStep } from '../../domain/case/case-step';
import { StepKeySchema, stepDefinition } from '../../domain/case/step-catalogue';
import type { StepStatus } from '../../domain/case/case-lane';

/**
 * A case's steps as stored. A status the planner set (`byHand`) is kept as it is; any other status is
 * the catalogue's default for the case as it now stands, re-derived on every read and write.
 */
export interface StoredStep {
  step: CaseStep;
  byHand: boolean;
}

interface Row {
  key: string;
  status: StepStatus;
  status_by_hand: number;
  responsible: string;
  due_date: string | null;
  status_on: string | null;
  checklist_json: string;
  refs_json: string;
  note: string;
}

// Built once: a zod schema is costly to build, and the board reads 22 steps of every case.
const ChecklistSchema = z.array(ChecklistItemSchema);
const RefsSchema = z.array(StepRefSchema);

type Checklist = CaseStep['checklist'];
const parseChecklist = (json: string): Checklist => ChecklistSchema.parse(JSON.parse(json));

const toStored = (r: Row, checklistOf: (json: string) => Checklist = parseChecklist): StoredStep => {
  const key = StepKeySchema.parse(r.key);
  return {
    byHand: r.status_by_hand === 1,
    step: {
      key,
      lane: stepDefinition(key).lane,
      status: r.status,
      responsible: r.responsible,
      dueDate: r.due_date,
      statusOn: r.status_on,
      checklist: checklistOf(r.checklist_json),
      // Most steps carry no references: skip parsing the empty list.
      refs: r.refs_json === '[]' ? [] : RefsSchema.parse(JSON.parse(r.refs_json)),
      note: r.note,
    },
  };
};

/** The stored steps of a case, empty before its first write. */
export function storedSteps(db: Database.Database, contractId: number): StoredStep[] {
  return (db.prepare(`SELECT * FROM case_steps WHERE contract_id = ?`).all(contractId) as Row[]).map((r) => toStored(r));
}

/** Every case's stored steps in one read, for the board over a county's cases. */
export function storedStepsByContract(db: Database.Database): Map<number, StoredStep[]> {
  // A step's checklist is mostly the catalogue's, untouched, in case after case: parse each distinct text
  // once and share it (the case functions never change what they read).
  const parsed = new Map<string, Checklist>();
  const checklistOf = (json: string) => parsed.get(json) ?? parsed.set(json, parseChecklist(json)).get(json)!;
  const byContract = new Map<number, StoredStep[]>();
  for (const r of db.prepare(`SELECT contract_id, key, status, status_by_hand, responsible, due_date, status_on, checklist_json, refs_json, note FROM case_steps`).all() as (Row & { contract_id: number })[]) {
    const list = byContract.get(r.contract_id) ?? [];
    if (list.length === 0) byContract.set(r.contract_id, list);
    list.push(toStored(r, checklistOf));
  }
  return byContract;
}

/**
 * Steps as the case shows them: stored steps with a planner's status as stored, every other status from
 * `defaults` (the catalogue's initial steps for the case now); steps never stored are the defaults whole.
 */
export function mergeSteps(stored: readonly StoredStep[], defaults: readonly CaseStep[]): CaseStep[] {
  const byKey = new Map(stored.map((s) => [s.step.key, s]));
  return defaults.map((d) => {
    const s = byKey.get(d.key);
    if (!s) return d;
    return s.byHand ? s.step : { ...s.step, status: d.status, statusOn: d.statusOn };
  });
}

/** Writes every step of a case (inside the caller's write): inserts missing ones, keeps `byHand` of the others unless given. */
export function writeSteps(db: Database.Database, now: string, contractId: number, steps: readonly CaseStep[], byHand: ReadonlySet<string> = new Set()): void {
  const upsert = db.prepare(
    `INSERT INTO case_steps (contract_id, key, status, status_by_hand, responsible, due_date, status_on, checklist_json, refs_json, note, updated_at)
     VALUES (@contractId, @key, @status, @byHand, @responsible, @dueDate, @statusOn, @checklist, @refs, @note, @now)
     ON CONFLICT (contract_id, key) DO UPDATE SET status = excluded.status, status_by_hand = max(status_by_hand, excluded.status_by_hand),
       responsible = excluded.responsible, due_date = excluded.due_date, status_on = excluded.status_on, checklist_json = excluded.checklist_json,
       refs_json = excluded.refs_json, note = excluded.note,
       updated_at = CASE WHEN status IS excluded.status AND status_on IS excluded.status_on AND responsible IS excluded.responsible
         AND due_date IS excluded.due_date AND checklist_json IS excluded.checklist_json AND refs_json IS excluded.refs_json
         AND note IS excluded.note THEN updated_at ELSE excluded.updated_at END`,
  );
  for (const s of steps) {
    upsert.run({
      contractId,
      key: s.key,
      status: s.status,
      byHand: byHand.has(s.key) ? 1 : 0,
      responsible: s.responsible,
      dueDate: s.dueDate,
      statusOn: s.statusOn,
      checklist: JSON.stringify(s.checklist),
      refs: JSON.stringify(s.refs),
      note: s.note,
      now,
    });
  }
}
