import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApi } from '../../src/api/service';
import type { AuditChainHead } from '../../src/domain/audit-chain';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

const ctx = { actor: 'tester' };

function setUp() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return { file, api: openApi(file, 'tester') };
}

async function head(api: ReturnType<typeof openApi>): Promise<AuditChainHead> {
  const info = await api.dispatch('project.info', {}, ctx);
  if (!info.ok) throw new Error(info.error.message);
  return (info.data as { auditHead: AuditChainHead }).auditHead;
}

describe('the audit chain through the API', () => {
  it('moves project.info\'s chain head with every edit and verifies the chain up to it', async () => {
    const { api } = setUp();
    const before = await head(api);
    expect(await api.dispatch('parcels.update', { id: 1, name: '北坡地' }, ctx)).toMatchObject({ ok: true });
    const after = await head(api);
    expect(after.id).toBe(before.id + 1);
    expect(await api.dispatch('audit.verify', {}, ctx)).toEqual({ ok: true, data: { ok: true, rows: after.id, head: after } });
    api.close();
  });

  it('answers audit.verify with the first bad row of a file changed behind its back', async () => {
    const { file, api } = setUp();
    const db = new Database(file);
    db.prepare(`UPDATE audit_log SET after_json = '{}' WHERE id = 3`).run();
    db.close();
    expect(await api.dispatch('audit.verify', {}, ctx)).toMatchObject({ ok: true, data: { ok: false, rows: 2, finding: { id: 3, problem: 'content_changed' } } });
    expect(await api.dispatch('audit.verify', { extra: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    api.close();
  });
});
