import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../store/fixtures';
import { landlink as cli } from './run-landlink';

/** A new project (rows #1 create, #2 migrate) changed by `sql` on a plain connection, as `sqlite3` would. */
async function project(sql?: string): Promise<string> {
  const file = tempFile();
  expect((await cli('new', file)).code).toBe(0);
  if (sql) {
    const db = new Database(file);
    db.exec(sql);
    db.close();
  }
  return file;
}

describe('landlink verify', () => {
  it('exits 0 and names the head when the file and the audit chain hold', async () => {
    const file = await project();
    const r = await cli('verify', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/integrity_check ok; audit chain intact over 2 rows, head #2 · [0-9a-f]{8} \(/);
    const json = await cli('verify', file, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, rows: 2, head: { id: 2 } });
  });

  it('exits 3 naming the first bad row of a file edited behind its back, also with --json', async () => {
    const edited = await project(`UPDATE audit_log SET actor = '王某' WHERE id = 1`);
    const r = await cli('verify', edited);
    expect(r.code).toBe(3);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^landlink: .*: content changed at audit row #1: 记录 #1（/);
    const json = await cli('verify', edited, '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, rows: 0, finding: { id: 1, problem: 'content_changed' } });

    const cut = await cli('verify', await project(`DELETE FROM audit_log WHERE id = 2`));
    expect(cut.code).toBe(3);
    expect(cut.err).toContain('row missing at audit row #2: 记录 #2 缺失');
  });

  it('exits 2 for bad usage and for a file that is not there', async () => {
    for (const args of [['verify'], ['verify', tempFile(), 'extra'], ['verify', tempFile()]]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^landlink: /);
    }
  });

  it('shows the chain head and the rows in landlink info', async () => {
    const file = await project();
    expect((await cli('info', file)).out).toMatch(/ {2}audit chain: 2 rows, head #2 · [0-9a-f]{8} \(/);
    expect(JSON.parse((await cli('info', file, '--json')).out)).toMatchObject({ auditRows: 2, auditHead: { id: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });
});
