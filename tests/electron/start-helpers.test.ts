import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it, expect } from 'vitest';
import { parseStartArgs, projectFromArgv } from '../../electron/args';
import { findElectronBinary } from '../../electron/electron-binary';

// Any absolute folder stands for the working directory; nothing is read from it.
const cwd = path.join(os.tmpdir(), 'landlink-projects');

describe('npm start arguments', () => {
  it('open the demo on an OS-chosen port by default', () => {
    expect(parseStartArgs([], {}, cwd)).toEqual({ project: null, port: 0 });
  });

  it('resolve --project against the working directory and read --port', () => {
    expect(parseStartArgs(['--project', 'county.gpkg', '--port', '8123'], {}, cwd)).toEqual({
      project: path.join(cwd, 'county.gpkg'),
      port: 8123,
    });
  });

  it('take the port from PORT when --port is absent, and prefer --port when both are given', () => {
    expect(parseStartArgs([], { PORT: '9000' }, cwd).port).toBe(9000);
    expect(parseStartArgs(['--port=9001'], { PORT: '9000' }, cwd).port).toBe(9001);
  });

  it.each([
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '1.5']],
    [['--verbose']],
    [['county.gpkg']],
    [['--project']],
    [['--project=']],
  ])('reject %j with a one-line message', (argv) => {
    expect(() => parseStartArgs(argv, {}, cwd)).toThrow(/^[^\n]+$/);
  });
});

describe('the desktop project argument', () => {
  it('is found among the app path and Chromium switches', () => {
    expect(projectFromArgv(['/opt/LandLink/landlink', '--no-sandbox', '--project', 'a.gpkg'], cwd)).toBe(path.join(cwd, 'a.gpkg'));
    expect(projectFromArgv(['electron', '.', '--project=/data/b.gpkg'], cwd)).toBe('/data/b.gpkg');
  });

  it('is absent when not given or given without a file', () => {
    expect(projectFromArgv(['electron', '.'], cwd)).toBeNull();
    expect(projectFromArgv(['electron', '.', '--project'], cwd)).toBeNull();
    expect(projectFromArgv(['electron', '.', '--project', '--inspect'], cwd)).toBeNull();
  });
});

describe('finding the Electron binary', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'landlink-electron-pkg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports none when path.txt is missing, without trying to download', () => {
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('reports none when path.txt names a file that is not there', () => {
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('finds the binary under dist once it is installed', () => {
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const override = path.join(dir, 'custom');
    mkdirSync(override, { recursive: true });
    writeFileSync(path.join(override, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(path.join(override, 'electron'));
  });
});
