import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditChainHead } from '../../src/store/audit';
import { auditRowHash } from '../../src/store/audit-hash';
import { verifyAuditChain } from '../../src/store/audit-verify';
import { updateParcel } from '../../src/store/parcels-repo';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from './fixtures';

/** A project with a chain over real writes: creation, migration, a data load, three attribute edits (rows 1–6). */
function chained(): { file: string; project: Project } {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  for (const name of ['东大地甲', '东大地乙', '东大地丙']) updateParcel(project, 1, { name }, 'tester');
  return { file, project };
}

/** Changes the file with plain SQL on a connection of its own, as the `sqlite3` shell would. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

describe('verifying the audit chain', () => {
  it('accepts a chain built by real writes, with a rolled-back write in between', () => {
    const { project } = chained();
    expect(() =>
      project.inCall(() => {
        updateParcel(project, 2, { name: '不算数' }, 'tester');
        throw new Error('the call fails after its write');
      }),
    ).toThrow('the call fails');
    updateParcel(project, 3, { name: '东大地丁' }, 'tester');
    expect(verifyAuditChain(project.db)).toEqual({ ok: true, rows: 7, head: auditChainHead(project.db) });
    expect(auditChainHead(project.db)).toMatchObject({ id: 7, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    project.close();
  });

  it('names the row whose actor was edited', () => {
    const { file, project } = chained();
    tamper(file, `UPDATE audit_log SET actor = '王某' WHERE id = 5`);
    expect(verifyAuditChain(project.db)).toMatchObject({
      ok: false,
      rows: 4,
      finding: { id: 5, problem: 'content_changed', message: expect.stringMatching(/^记录 #5（.* 王某 update parcel）的内容与它的哈希 [0-9a-f]{8} 不符/) },
    });
    project.close();
  });

  it('names the row whose after_json was changed', () => {
    const { file, project } = chained();
    tamper(file, `UPDATE audit_log SET after_json = ? WHERE id = 5`, JSON.stringify({ name: '别的名字' }));
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: false, rows: 4, finding: { id: 5, problem: 'content_changed' } });
    project.close();
  });

  it('names a deleted middle row as missing', () => {
    const { file, project } = chained();
    tamper(file, `DELETE FROM audit_log WHERE id = 4`);
    expect(verifyAuditChain(project.db)).toMatchObject({
      ok: false,
      rows: 3,
      finding: { id: 4, problem: 'row_missing', message: '记录 #4 缺失：#3 之后的下一条是 #5' },
    });
    project.close();
  });

  it('names the first of the deleted last rows, and still does after later writes', () => {
    const { file, project } = chained();
    tamper(file, `DELETE FROM audit_log WHERE id >= 5`);
    expect(verifyAuditChain(project.db)).toMatchObject({
      ok: false,
      rows: 4,
      finding: { id: 5, problem: 'row_missing', message: '记录 #5–#6 缺失：日志止于 #4，而最后一次写入记下的链头是 #6' },
    });
    // The next write takes id 5 but continues from the recorded head #6, so the cut stays visible.
    updateParcel(project, 2, { name: '西大地' }, 'tester');
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: false, finding: { id: 5, problem: 'link_broken' } });
    project.close();
  });

  it('names a back-dated row inserted without a hash', () => {
    const { file, project } = chained();
    tamper(file, `INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2020-01-01T00:00:00.000Z', '王某', 'update', 'parcel', '1')`);
    const result = verifyAuditChain(project.db);
    expect(result).toMatchObject({ ok: false, rows: 6, finding: { id: 7, problem: 'link_broken' } });
    expect(result.ok || result.finding.message).toContain('记录 #7 的时间 2020-01-01T00:00:00.000Z 早于上一条 #6');
    project.close();
  });

  it('names a back-dated row whose hash, link and recorded head were all forged', () => {
    const { file, project } = chained();
    const head = auditChainHead(project.db)!;
    const row = { id: 7, at: '2020-01-01T00:00:00.000Z', actor: '王某', action: 'update', entity: 'parcel', entityId: '1', beforeJson: null, afterJson: '{"name":"改"}' };
    const hash = auditRowHash(head.hash, row);
    tamper(
      file,
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.id, row.at, row.actor, row.action, row.entity, row.entityId, row.beforeJson, row.afterJson, head.hash, hash,
    );
    tamper(file, `UPDATE landlink_meta SET value = ? WHERE key = 'audit_chain_head'`, JSON.stringify({ id: 7, hash }));
    expect(verifyAuditChain(project.db)).toMatchObject({
      ok: false,
      finding: { id: 7, problem: 'out_of_order', message: `记录 #7 的时间 2020-01-01T00:00:00.000Z 早于上一条 #6 的 ${head.at}` },
    });
    project.close();
  });

  it('names a row appended and sealed past the recorded head', () => {
    const { file, project } = chained();
    const head = auditChainHead(project.db)!;
    const row = { id: 7, at: head.at, actor: '王某', action: 'update', entity: 'parcel', entityId: '1', beforeJson: null, afterJson: null };
    tamper(
      file,
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      row.id, row.at, row.actor, row.action, row.entity, row.entityId, head.hash, auditRowHash(head.hash, row),
    );
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: false, finding: { id: 7, problem: 'link_broken', message: '记录 #7 在记下的链头 #6 之后，不是经 LandLink 写入的' } });
    project.close();
  });

  it('catches the last row rewritten and sealed again, through the recorded head', () => {
    const { file, project } = chained();
    const head = auditChainHead(project.db)!;
    const prev = project.db.prepare(`SELECT prev_hash FROM audit_log WHERE id = 6`).pluck().get() as string;
    const row = project.db.prepare(`SELECT id, at, actor, action, entity, entity_id AS entityId, before_json AS beforeJson FROM audit_log WHERE id = 6`).get() as Record<string, unknown>;
    const forged = { ...row, afterJson: '{"name":"别的名字"}' } as Parameters<typeof auditRowHash>[1];
    tamper(file, `UPDATE audit_log SET after_json = ?, hash = ? WHERE id = 6`, forged.afterJson, auditRowHash(prev, forged));
    expect(verifyAuditChain(project.db)).toMatchObject({
      ok: false,
      rows: 6,
      finding: { id: 6, problem: 'content_changed', message: expect.stringContaining(`与记下的链头 ${head.hash.slice(0, 8)} 不符`) },
    });
    project.close();
  });

  it('reports a file SQLite finds damaged before it walks the chain', () => {
    const { file, project } = chained();
    project.close();
    // An index whose recorded definition no longer matches its entries, as a damaged page would leave it.
    // Python's sqlite3 lets the schema be written (better-sqlite3 runs in SQLite's defensive mode).
    const damage = `CREATE INDEX audit_actor ON audit_log(actor); PRAGMA writable_schema = ON;
      UPDATE sqlite_master SET sql = 'CREATE INDEX audit_actor ON audit_log(action)' WHERE name = 'audit_actor';`;
    execFileSync('/usr/bin/python3', ['-c', 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.close()', file, damage]);
    const reopened = Project.open(file, 'tester');
    expect(verifyAuditChain(reopened.db)).toMatchObject({
      ok: false,
      rows: 0,
      finding: { id: null, problem: 'file_damaged', message: expect.stringMatching(/^SQLite 完整性检查（integrity_check）未通过：.*audit_actor/) },
    });
    reopened.close();
  });
});
