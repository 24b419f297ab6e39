import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLonLatConverter } from '../../src/geo/crs';
import { Project } from '../../src/store/project';
import { rect } from '../store/fixtures';
import { otherWriter, smallProject } from '../store/other-writer';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;
let file: string;

beforeAll(async () => {
  e2e = await startE2e({
    label: 'writers',
    viewport: { width: 1366, height: 768 },
    project: (dir) => (file = smallProject(join(dir, 'project.gpkg'))),
  });
});

afterAll(() => e2e?.close());

/** Another LandLink process importing into the file. */
function importElsewhere(): () => void {
  const other = otherWriter(file, 'landlink import');
  return () => {
    other.release();
    other.close();
  };
}

describe('an edit while another program writes the project file', () => {
  it('shows that the edit waits and for whom, then makes it once the file is free', async () => {
    const { page, host, api, pageErrors } = e2e;
    // An edit to undo: a new parcel beside the others.
    const toLonLat = toLonLatConverter(4527);
    const ring = rect(39402400, 3860000, 40, 50)[0]!.map((p) => toLonLat(p));
    await api('parcels.create', { geometry: { type: 'Polygon', coordinates: [ring] }, name: '新地', landClass: '0103', groupCode: '37172210400101' });
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });

    const release = importElsewhere();
    await page.click('[data-testid="edit-undo"]');
    const line = page.locator('[data-testid="writer-wait"]');
    await line.waitFor({ timeout: 20_000 });
    expect(await line.textContent()).toBe(`正在等待 landlink import（进程 ${process.pid}，自 10:02 起）写完，本次编辑已排队…`);
    await page.screenshot({ path: join(ARTIFACTS, 'writers-wait-zh.png') });
    await page.click('[data-testid="lang-en"]');
    expect(await line.textContent()).toBe(`Waiting for landlink import (process ${process.pid}, since 10:02) to finish writing; your edit is queued…`);
    await page.click('[data-testid="lang-zh-CN"]');

    release();
    await expect.poll(() => page.textContent('[data-testid="edit-notice"]'), { timeout: 20_000 }).toBe('已撤销上一次编辑。');
    await line.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await api('audit.list', { limit: 1 })).toMatchObject([{ action: 'edit.undo' }]);
    expect(pageErrors).toEqual([]);
  });

  it('names another session of this computer that has the file open', async () => {
    const { page, host, pageErrors } = e2e;
    const other = Project.open(file, 'wang', { writer: { program: 'LandLink', session: true } });
    try {
      await page.goto(`${host.url}?test`);
      await page.waitForSelector(READY, { timeout: 20_000 });
      const notice = page.locator('[data-testid="writer-others"]');
      await notice.waitFor({ timeout: 20_000 });
      expect(await notice.textContent()).toMatch(new RegExp(`^此文件也由 LandLink（进程 ${process.pid}，自 \\d\\d:\\d\\d 起）打开：两处的编辑都会保存，依次写入`));
      await page.screenshot({ path: join(ARTIFACTS, 'writers-others-zh.png') });
    } finally {
      other.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
