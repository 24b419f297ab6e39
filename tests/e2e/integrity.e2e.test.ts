import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData } from '../store/fixtures';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;
let file: string;

beforeAll(async () => {
  e2e = await startE2e({
    label: 'integrity',
    viewport: { width: 1366, height: 768 },
    project: (dir) => {
      file = join(dir, 'integrity.gpkg');
      const project = Project.create(file, { name: '完整性', srsId: 4527, synthetic: false }, 'tester');
      writeProjectData(project, smallData(), 'tester');
      project.close();
      return file;
    },
  });
});

afterAll(() => e2e?.close());

describe('record integrity in the project overview', () => {
  it('shows the chain head, verifies the records, and names the row changed behind the app\'s back, in Chinese and English', async () => {
    const { page, host, api, pageErrors } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    const { auditHead } = await api('project.info', {});
    const head = page.locator('[data-testid="audit-head"]');
    await expect.poll(() => head.textContent()).toBe(`记录 #${auditHead!.id} · ${auditHead!.hash.slice(0, 8)}`);

    await page.click('[data-testid="verify-records"]');
    const result = page.locator('[data-testid="verify-result"]');
    await expect.poll(() => result.textContent()).toBe(`记录完整：${auditHead!.id} 条审计记录环环相扣，项目文件结构检查通过。`);
    await page.screenshot({ path: join(ARTIFACTS, 'integrity-ok-zh.png') });

    // As the sqlite3 shell would: another connection edits who made the data load.
    const db = new Database(file);
    db.prepare(`UPDATE audit_log SET actor = '王某' WHERE id = 3`).run();
    db.close();
    await page.click('[data-testid="verify-records"]');
    const finding = page.locator('[data-testid="verify-finding"]');
    await expect.poll(() => finding.textContent()).toBe('发现问题：记录 #3 写入后被改动过。');
    expect(await result.textContent()).toContain('王某');
    await page.screenshot({ path: join(ARTIFACTS, 'integrity-bad-zh.png') });

    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => finding.textContent()).toBe('Problem found: record #3 was changed after it was written.');
    expect(await head.textContent()).toBe(`Record #${auditHead!.id} · ${auditHead!.hash.slice(0, 8)}`);
    expect(await page.textContent('[data-testid="verify-records"]')).toBe('Verify records');
    await page.screenshot({ path: join(ARTIFACTS, 'integrity-bad-en.png') });
    expect(pageErrors).toEqual([]);
  });
});
