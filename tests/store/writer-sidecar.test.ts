import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project, ProjectError } from '../../src/store/project';
import { WriterSidecar } from '../../src/store/writer-sidecar';
import { tempFile } from './fixtures';

const AT = '2026-11-30T02:02:00.000Z';

function newProject(): string {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  return file;
}

const entries = (file: string) => readdirSync(dirname(file)).filter((n) => n.startsWith(`${basename(file)}.writer-`));

function entryFile(file: string, entry: object, tag = 'x'): string {
  const path = join(dirname(file), `${basename(file)}.writer-${tag}.json`);
  writeFileSync(path, JSON.stringify(entry));
  return path;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

describe('the writer sidecar beside the project', () => {
  it('announces a long write with pid, host, user, program and since while it holds the file, and is gone after', async () => {
    const file = newProject();
    const project = Project.open(file, 'li', { writer: { program: 'landlink import' } });
    expect(entries(file)).toEqual([]);
    let seen: unknown;
    await project.writeLong('li', 'import 地块.shp', async ({ audit }) => {
      audit({ action: 'import', entity: 'parcels', entityId: null });
      const [name] = entries(file);
      seen = JSON.parse(readFileSync(join(dirname(file), name!), 'utf8'));
    });
    expect(seen).toEqual({
      pid: process.pid,
      host: hostname(),
      user: 'li',
      program: 'landlink import',
      since: expect.any(String),
      writing: { label: 'import 地块.shp', since: expect.any(String) },
    });
    expect(entries(file)).toEqual([]);
    project.close();
  });

  it('announces a session until it closes, and a second session on this computer sees the first', () => {
    const file = newProject();
    const first = Project.open(file, 'li', { writer: { program: 'landlink serve', session: true } });
    expect(entries(file)).toHaveLength(1);
    const second = Project.open(file, 'wang', { writer: { program: 'LandLink', session: true } });
    expect(second.writers.status().others).toEqual([expect.objectContaining({ program: 'landlink serve', user: 'li', writing: null })]);
    expect(first.writers.status().others).toEqual([expect.objectContaining({ program: 'LandLink', user: 'wang' })]);
    second.close();
    first.close();
    expect(entries(file)).toEqual([]);
  });

  it('ignores and removes the entry of a process of this computer that no longer runs, and ignores files that are not entries', () => {
    const file = newProject();
    const stale = entryFile(file, { pid: deadPid(), host: hostname(), user: 'li', program: 'landlink import', since: AT, writing: { label: 'import a.shp', since: AT } }, 'stale');
    entryFile(file, { note: 'not an entry' }, 'junk');
    const sidecar = new WriterSidecar(file, { program: 'landlink serve', user: 'wang' }, () => AT);
    expect(sidecar.others()).toEqual([]);
    expect(entries(file).map((n) => join(dirname(file), n))).not.toContain(stale);
  });

  it('keeps the entry of another computer, whose process it cannot check', () => {
    const file = newProject();
    entryFile(file, { pid: deadPid(), host: 'PC-2', user: 'zhang', program: 'LandLink', since: AT, writing: null });
    expect(new WriterSidecar(file, { program: 'landlink serve', user: 'li' }, () => AT).others()).toEqual([expect.objectContaining({ host: 'PC-2' })]);
  });

  it('refuses a session while a session of another computer has the file open, naming host, user and since', () => {
    const file = newProject();
    entryFile(file, { pid: 4242, host: 'PC-2', user: 'zhang', program: 'LandLink', since: AT, writing: null });
    let refusal: unknown;
    try {
      Project.open(file, 'li', { writer: { program: 'landlink serve', session: true } });
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(ProjectError);
    expect(refusal).toMatchObject({ code: 'in_use' });
    expect((refusal as Error).message).toContain('正由 LandLink（主机 PC-2 上用户 zhang 的进程 4242，自 10:02 起）打开编辑');
    // A command that only reads, or writes once and leaves, is not a session and opens as before.
    Project.open(file, 'li').close();
  });
});
