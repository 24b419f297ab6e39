import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE_NAME, DEMO_VERSION, ensureDemoProject } from '../../src/api/project-files';
import { peekProjectMeta, Project } from '../../src/store/project';

describe('the bundled demo', () => {
  it('is written with its generator version in the file, and an older demo is set aside and written anew under the same name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-demo-'));
    const file = join(dir, DEMO_FILE_NAME);
    // A demo left by an older LandLink: same file name, an older demo version in its metadata.
    Project.create(file, { name: '旧示例', srsId: 4527, synthetic: true, demoVersion: DEMO_VERSION - 1 }, 'tester').close();
    expect(ensureDemoProject(dir, 'tester')).toBe(file);
    expect(peekProjectMeta(file)).toMatchObject({ synthetic: true, demoVersion: DEMO_VERSION });
    expect(peekProjectMeta(`${file}.v${DEMO_VERSION - 1}`)).toMatchObject({ name: '旧示例' });

    const written = statSync(file).mtimeMs;
    expect(ensureDemoProject(dir, 'tester')).toBe(file);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(existsSync(`${file}.v${DEMO_VERSION}`)).toBe(false);
  });

  it('reads no demo version from a county’s own project', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'landlink-demo-')), 'county.gpkg');
    Project.create(file, { name: '单县', srsId: 4527, synthetic: false }, 'tester').close();
    expect(peekProjectMeta(file)?.demoVersion).toBeUndefined();
    expect(peekProjectMeta(join(tmpdir(), 'no-such-file.gpkg'))).toBeNull();
  });
});
