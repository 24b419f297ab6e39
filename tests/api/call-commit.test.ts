import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../src/api/dispatch';
import { createHandlers } from '../../src/api/handlers';
import { JobRegistry } from '../../src/api/jobs';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

const ctx = { actor: 'tester' };

function setUp() {
  const file = tempFile();
  const created = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(created, smallData(), 'tester');
  created.close();
  const project = Project.open(file, 'tester');
  const handlers = createHandlers({ project, jobs: new JobRegistry() });
  // A second connection sees whether the file changed: data_version moves on every commit by another connection.
  const watcher = new Database(file, { readonly: true });
  const version = () => watcher.pragma('data_version', { simple: true }) as number;
  const audits = () => (watcher.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  return { project, handlers, version, audits, close: () => (watcher.close(), project.close()) };
}

describe('a call commits exactly what it reports', () => {
  it('rolls back a write whose answer fails the output check, leaving the file unchanged', async () => {
    const { project, handlers, version, audits, close } = setUp();
    const broken: Handlers = {
      ...handlers,
      'parcels.update': (input, c) => ({ ...handlers['parcels.update'](input, c), id: 'not a number' }) as never,
    };
    const dispatch = createDispatch(broken, project);
    const [v0, a0] = [version(), audits()];
    const res = await dispatch('parcels.update', { id: 1, name: '改名' }, ctx);
    expect(res.ok).toBe(false);
    expect(version()).toBe(v0);
    expect(audits()).toBe(a0);
    expect((project.db.prepare('SELECT name FROM parcels WHERE fid = 1').get() as { name: string }).name).not.toBe('改名');
    close();
  });

  it('rolls back every write of a call when a later step throws', async () => {
    const { project, handlers, version, audits, close } = setUp();
    const twice: Handlers = {
      ...handlers,
      'parcels.update': (input, c) => {
        handlers['parcels.update'](input, c);
        handlers['parcels.update']({ ...input, id: 2 }, c);
        throw new Error('a step after two writes failed');
      },
    };
    const [v0, a0] = [version(), audits()];
    const res = await createDispatch(twice, project)('parcels.update', { id: 1, name: '改名' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect([version(), audits()]).toEqual([v0, a0]);
    close();
  });

  it('commits a call that answers ok, with its audit row', async () => {
    const { project, handlers, version, audits, close } = setUp();
    const [v0, a0] = [version(), audits()];
    const res = await createDispatch(handlers, project)('parcels.update', { id: 1, name: '改名' }, ctx);
    expect(res.ok).toBe(true);
    expect(version()).not.toBe(v0);
    expect(audits()).toBe(a0 + 1);
    close();
  });
});
