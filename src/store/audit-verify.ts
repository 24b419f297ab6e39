import type Database from 'better-sqlite3';
import { shortHash, type AuditFinding, type AuditProblem, type AuditVerification } from '../domain/audit-chain';
import { auditChainHead } from './audit';
import { auditRowHash, GENESIS_HASH } from './audit-hash';
import { readRecordedHead } from './audit-recorded-head';

/** A row as the file holds it: written behind LandLink's back, any column may hold any type. */
interface StoredRow {
  id: number;
  at: unknown;
  actor: unknown;
  action: unknown;
  entity: unknown;
  entity_id: unknown;
  before_json: unknown;
  after_json: unknown;
  prev_hash: unknown;
  hash: unknown;
}

const text = (v: unknown): string => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v));
const nullableText = (v: unknown): string | null => (v === null || v === undefined ? null : text(v));
const shown = (hash: unknown): string => (typeof hash === 'string' && hash !== '' ? shortHash(hash) : '（空）');
const range = (from: number, to: number): string => (from === to ? `#${from}` : `#${from}–#${to}`);

/** What is wrong with one row against the one before it (null for the first row), in the order reported. */
function rowProblems(row: StoredRow, prev: StoredRow | null): [AuditProblem, string][] {
  const problems: [AuditProblem, string][] = [];
  const expectedLink = prev === null ? GENESIS_HASH : prev.hash;
  if (row.prev_hash !== expectedLink) {
    const from = prev === null ? '链首（全零哈希）' : `上一条 #${prev.id} 的哈希 ${shown(prev.hash)}`;
    problems.push(['link_broken', `记录 #${row.id} 没有接续${from}，它接续的是 ${shown(row.prev_hash)}`]);
  }
  const sealed = auditRowHash(text(row.prev_hash), {
    id: row.id,
    at: text(row.at),
    actor: text(row.actor),
    action: text(row.action),
    entity: text(row.entity),
    entityId: nullableText(row.entity_id),
    beforeJson: nullableText(row.before_json),
    afterJson: nullableText(row.after_json),
  });
  if (row.hash !== sealed) {
    problems.push(['content_changed', `记录 #${row.id}（${text(row.at)} ${text(row.actor)} ${text(row.action)} ${text(row.entity)}）的内容与它的哈希 ${shown(row.hash)} 不符，写入后被改动过`]);
  }
  const at = Date.parse(text(row.at));
  if (Number.isNaN(at)) problems.push(['out_of_order', `记录 #${row.id} 的时间“${text(row.at)}”不是有效的时刻`]);
  else if (prev !== null && at < Date.parse(text(prev.at))) {
    problems.push(['out_of_order', `记录 #${row.id} 的时间 ${text(row.at)} 早于上一条 #${prev.id} 的 ${text(prev.at)}`]);
  }
  return problems;
}

/** A gap before `row`, or a row numbered before the chain's start. */
function idFinding(row: StoredRow, prev: StoredRow | null): AuditFinding | null {
  const expected = prev === null ? 1 : prev.id + 1;
  if (row.id === expected) return null;
  if (row.id < expected) return { id: row.id, problem: 'link_broken', message: `记录 #${row.id} 不属于审计链：编号从 #1 开始` };
  const after = prev === null ? '审计日志应从 #1 开始' : `#${prev.id} 之后`;
  return { id: expected, problem: 'row_missing', message: `记录 ${range(expected, row.id - 1)} 缺失：${after}的下一条是 #${row.id}` };
}

/** The end of the log against the head LandLink recorded with its last write. */
function tailFinding(db: Database.Database, last: StoredRow | null): AuditFinding | null {
  const recorded = readRecordedHead(db);
  if (last === null) {
    const to = recorded ? `–#${recorded.id}` : '';
    return { id: 1, problem: 'row_missing', message: `审计日志是空的：记录 #1${to} 缺失（每个项目至少有建立项目这一条）` };
  }
  if (recorded === null) {
    return { id: last.id, problem: 'link_broken', message: `项目没有记下审计链头，无法确认最后一条 #${last.id} 之后没有记录被删去` };
  }
  if (recorded.id > last.id) {
    return { id: last.id + 1, problem: 'row_missing', message: `记录 ${range(last.id + 1, recorded.id)} 缺失：日志止于 #${last.id}，而最后一次写入记下的链头是 #${recorded.id}` };
  }
  if (recorded.id < last.id) {
    return { id: recorded.id + 1, problem: 'link_broken', message: `记录 ${range(recorded.id + 1, last.id)} 在记下的链头 #${recorded.id} 之后，不是经 LandLink 写入的` };
  }
  if (recorded.hash !== last.hash) {
    return { id: last.id, problem: 'content_changed', message: `最后一条 #${last.id} 的哈希 ${shown(last.hash)} 与记下的链头 ${shortHash(recorded.hash)} 不符：记录被改写后重新封存过` };
  }
  return null;
}

/**
 * Walks the whole audit chain in id order, one row in memory at a time, after SQLite's own integrity
 * check, all in one read transaction so the head reported is the head verified. Stops at the first bad row.
 */
export function verifyAuditChain(db: Database.Database): AuditVerification {
  return db.transaction((): AuditVerification => {
    const head = auditChainHead(db);
    const integrity = db.prepare(`PRAGMA integrity_check(1)`).pluck().get() as string;
    if (integrity !== 'ok') {
      return { ok: false, rows: 0, head, finding: { id: null, problem: 'file_damaged', message: `SQLite 完整性检查（integrity_check）未通过：${integrity}` } };
    }
    let prev: StoredRow | null = null;
    let rows = 0;
    const walk = db.prepare(`SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id`);
    for (const row of walk.iterate() as IterableIterator<StoredRow>) {
      const gap = idFinding(row, prev);
      if (gap) return { ok: false, rows, head, finding: gap };
      const problems = rowProblems(row, prev);
      if (problems.length > 0) {
        return { ok: false, rows, head, finding: { id: row.id, problem: problems[0]![0], message: problems.map(([, m]) => m).join('；') } };
      }
      rows++;
      prev = row;
    }
    const tail = tailFinding(db, prev);
    return tail ? { ok: false, rows, head, finding: tail } : { ok: true, rows, head };
  })();
}
