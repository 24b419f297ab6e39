import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../src/api/dispatch';
import { createHandlers } from '../../src/api/handlers';
import { JobRegistry } from '../../src/api/jobs';
import { openApi } from '../../src/api/service';
import { Project } from '../../src/store/project';
import { otherWriter, smallProject } from '../store/other-writer';

const ctx = { actor: 'tester' };

const nameOf = (file: string, fid: number) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM parcels WHERE fid = ?').get(fid) as { name: string }).name;
  } finally {
    db.close();
  }
};

describe('a call refused because another writer holds the file', () => {
  it('waits while another process holds the write lock, answering other calls meanwhile, and commits once it is released', async () => {
    const file = smallProject();
    const api = openApi(file, 'tester');
    const other = otherWriter(file, 'landlink import');
    let settled = false;
    const edit = api.dispatch('parcels.update', { id: 1, name: '排队改名' }, ctx).finally(() => (settled = true));
    await vi.waitFor(() => expect(api.project.writers.status().waiting).toBe(1));
    expect(api.project.writers.status().holder).toMatchObject({ program: 'landlink import', user: 'li', thisProcess: false, writing: { label: 'import 地块.shp' } });
    // The host stays responsive: a read is answered while the edit waits, and the edit has not gone through.
    expect(await api.dispatch('parcels.get', { id: 2 }, ctx)).toMatchObject({ ok: true });
    expect(await api.dispatch('project.writers', {}, ctx)).toMatchObject({ ok: true, data: { waiting: 1, holder: { program: 'landlink import' } } });
    expect(settled).toBe(false);
    expect(nameOf(file, 1)).not.toBe('排队改名');

    other.release();
    expect(await edit).toMatchObject({ ok: true, data: { name: '排队改名' } });
    expect(nameOf(file, 1)).toBe('排队改名');
    expect(await api.dispatch('audit.list', { limit: 1 }, ctx)).toMatchObject({ ok: true, data: [{ action: 'update', after: { name: '排队改名' } }] });
    expect(api.project.writers.status()).toMatchObject({ waiting: 0, holder: null });
    other.close();
    api.close();
  });

  it('waits for a long write of this process (an import started from the screen) to end', async () => {
    const file = smallProject();
    const api = openApi(file, 'tester');
    let finishImport!: () => void;
    const imported = api.project.writeLong('tester', 'import 地块.shp', async ({ audit }) => {
      audit({ action: 'import', entity: 'parcels', entityId: null });
      await new Promise<void>((resolve) => (finishImport = resolve));
    });
    await vi.waitFor(() => expect(api.project.writers.status().holder).toMatchObject({ thisProcess: true, writing: { label: 'import 地块.shp' } }));
    const edit = api.dispatch('parcels.update', { id: 1, name: '导入后改名' }, ctx);
    await vi.waitFor(() => expect(api.project.writers.status().waiting).toBe(1));

    finishImport();
    await imported;
    expect(await edit).toMatchObject({ ok: true, data: { name: '导入后改名' } });
    expect(nameOf(file, 1)).toBe('导入后改名');
    api.close();
  });

  it('gives up at the wait limit with a conflict naming the holder, and changes nothing', async () => {
    const file = smallProject();
    const project = Project.open(file, 'tester');
    const dispatch = createDispatch(createHandlers({ project, jobs: new JobRegistry() }), project, { waitLimitMs: 0 });
    const other = otherWriter(file, 'landlink import');
    const res = await dispatch('parcels.update', { id: 1, name: '等不到' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!res.ok) expect(res.error.message).toMatch(new RegExp(`^文件正被 landlink import（进程 ${process.pid}，自 10:02 起）写入，已等待 0 秒仍未写完；本次操作没有保存`));
    other.close();
    expect(nameOf(file, 1)).not.toBe('等不到');
    project.close();
  });

  it('is not run again once an async handler has committed a write of its own', async () => {
    const file = smallProject();
    const project = Project.open(file, 'tester');
    const handlers = createHandlers({ project, jobs: new JobRegistry() });
    let runs = 0;
    const held: { other?: ReturnType<typeof otherWriter> } = {};
    const twoSteps: Handlers = {
      ...handlers,
      'parcels.update': async (input, c) => {
        runs++;
        await Promise.resolve();
        handlers['parcels.update']({ id: 2, name: '先写的一步' }, c);
        held.other = otherWriter(file, 'landlink import');
        await Promise.resolve();
        return handlers['parcels.update'](input, c);
      },
    };
    const res = await createDispatch(twoSteps, project)('parcels.update', { id: 1, name: '后写的一步' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(runs).toBe(1);
    held.other!.close();
    expect([nameOf(file, 2), nameOf(file, 1)]).toEqual(['先写的一步', expect.not.stringMatching('后写的一步')]);
    project.close();
  });
});
