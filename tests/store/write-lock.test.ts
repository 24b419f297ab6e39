import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { Project } from '../../src/store/project';
import { ProjectBusy } from '../../src/store/project-busy';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from './fixtures';

function open() {
  const file = tempFile();
  const created = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(created, smallData(), 'tester');
  created.close();
  return { file, project: Project.open(file, 'tester', { writer: { program: 'landlink import' } }) };
}

const importRow = (project: Project, label: string) =>
  project.writeLong('tester', label, async ({ audit }) => {
    audit({ action: 'import', entity: 'parcels', entityId: label });
    return label;
  });

describe('the write lock', () => {
  it('makes a long write wait for another connection without blocking, reporting every round, then commit', async () => {
    const { file, project } = open();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    let rounds = 0;
    const onWait = vi.fn();
    project.writers.onWait = onWait;
    const long = project.writeLong(
      'tester',
      'import a.shp',
      async ({ audit }) => {
        audit({ action: 'import', entity: 'parcels', entityId: 'a' });
        return 'written';
      },
      async () => void rounds++,
    );
    await vi.waitFor(() => expect(rounds).toBeGreaterThan(2));
    // One wait, announced once, however many rounds it takes.
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(onWait.mock.calls[0]![0]).toBeInstanceOf(ProjectBusy);
    expect(project.writers.status().waiting).toBe(1);
    other.exec('COMMIT');
    expect(await long).toBe('written');
    expect(listAudit(project.db, 1)[0]).toMatchObject({ action: 'import', entityId: 'a' });
    expect(project.writers.status().waiting).toBe(0);
    other.close();
    project.close();
  });

  it('lets a long write give up while it waits, writing nothing and leaving the lock to the next one', async () => {
    const { file, project } = open();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const cancelled = project.writeLong('tester', 'import a.shp', async ({ audit }) => audit({ action: 'import', entity: 'parcels', entityId: 'a' }), async () => {
      throw new Error('cancelled by the user');
    });
    await expect(cancelled).rejects.toThrow('cancelled by the user');
    other.exec('ROLLBACK');
    expect(await importRow(project, 'b')).toBe('b');
    const imports = listAudit(project.db, 5).map((a) => a.entityId);
    expect(imports).toContain('b');
    expect(imports).not.toContain('a');
    other.close();
    project.close();
  });

  it('queues a second long write of the same process behind the first', async () => {
    const { project } = open();
    let finishFirst!: () => void;
    const order: string[] = [];
    const first = project.writeLong('tester', 'first', async ({ audit }) => {
      audit({ action: 'import', entity: 'parcels', entityId: 'first' });
      await new Promise<void>((resolve) => (finishFirst = resolve));
      order.push('first');
    });
    await vi.waitFor(() => expect(finishFirst).toBeDefined());
    const second = project.writeLong('tester', 'second', async ({ audit }) => {
      audit({ action: 'import', entity: 'parcels', entityId: 'second' });
      order.push('second');
    });
    await vi.waitFor(() => expect(project.writers.status().waiting).toBe(1));
    expect(order).toEqual([]);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    project.close();
  });

  it('refuses a write outside any call while another connection holds the lock, naming no holder when none announced itself', () => {
    const { file, project } = open();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    let refusal: unknown;
    try {
      project.write('tester', ({ audit }) => audit({ action: 'update', entity: 'parcel', entityId: '1' }));
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(ProjectBusy);
    expect(refusal).toMatchObject({ message: '文件正被另一程序写入', holder: null, retry: false });
    other.exec('ROLLBACK');
    other.close();
    project.close();
  });
});
