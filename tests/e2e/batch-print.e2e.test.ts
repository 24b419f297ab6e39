import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFileName } from '../../src/api/methods/documents';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ label: 'batch-print', project: (dir) => ensureDemoProject(dir), viewport: { width: 1440, height: 900 } });
});

afterAll(() => e2e?.close());

describe('batch printing from the ledger dialog', () => {
  it('prints every contract of one transferee as PDF with a progress bar, then one village as .docx', async () => {
    const { page, host, api, pageErrors, dir } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });

    // The demo transferee with the most contracts, so the batch really is more than one document.
    const all = await api('contracts.list', {});
    const byParty = new Map<number, typeof all>();
    for (const c of all) byParty.set(c.transferee.id, [...(byParty.get(c.transferee.id) ?? []), c]);
    const [partyId, theirs] = [...byParty].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(theirs.length).toBeGreaterThan(1);

    await page.click('[data-testid="toolbar-contracts"]');
    await page.click('[data-testid="open-ledger"]');
    await page.click('[data-testid="book-tab-print"]');
    await page.waitForSelector('[data-testid="batch-scope"] option', { state: 'attached' });
    await page.selectOption('[data-testid="batch-by"]', 'transferee');
    await page.selectOption('[data-testid="batch-scope"]', String(partyId));
    expect(await page.locator('[data-testid="batch-scope"] option:checked').textContent()).toContain(`${theirs.length} 份合同`);
    await page.selectOption('[data-testid="batch-format"]', 'pdf');
    const pdfDir = join(dir, 'pdf');
    await page.fill('[data-testid="batch-out"]', pdfDir);
    await page.click('[data-testid="batch-run"]');
    await page.waitForSelector('[data-testid="job-progress-bar"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="batch-done"]', { timeout: 180_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'contract-batch-print-zh.png') });

    const expected = theirs.map((c) => join(pdfDir, contractFileName(c, 'pdf'))).sort();
    const listed = (await page.locator('[data-testid="batch-files"] li').allTextContents()).map((s) => s.trim()).sort();
    expect(listed).toEqual(expected);
    expect(readdirSync(pdfDir).sort()).toEqual(expected.map((f) => basename(f)).sort());
    for (const file of expected) expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // The bar ran to its end: value equals max, one step per contract.
    const bar = page.locator('[data-testid="job-progress-bar"]');
    expect(await bar.getAttribute('max')).toBe(String(theirs.length));
    expect(await bar.getAttribute('value')).toBe(String(theirs.length));
    expect(await page.getAttribute('[data-testid="job-progress"]', 'data-state')).toBe('done');
    const summary = page.locator('[data-testid="batch-summary"]');
    expect(await summary.getAttribute('data-files')).toBe(String(theirs.length));
    // The demo's numbered contracts pass every error rule, so only unnumbered drafts print as 草稿.
    expect(await summary.getAttribute('data-drafts')).toBe(String(theirs.filter((c) => c.status === 'draft').length));
    expect(await summary.textContent()).toContain(`已生成 ${theirs.length} 个文件`);

    // A second run into the same folder is refused until overwrite is ticked, naming the existing file.
    await page.click('[data-testid="batch-run"]');
    await page.waitForSelector('[data-testid="batch-error"] [data-issue-path="outDir"]', { timeout: 20_000 });

    // By village, as Word: one .docx per contract with a parcel in that village.
    const { villages } = await api('contracts.settings', {});
    const village = villages.find((v) => all.some((c) => c.villages.includes(v.name)))!;
    const inVillage = await api('contracts.list', { villageCode: village.code });
    await page.selectOption('[data-testid="batch-by"]', 'village');
    await page.selectOption('[data-testid="batch-scope"]', village.code);
    await page.selectOption('[data-testid="batch-format"]', 'docx');
    const docxDir = join(dir, 'docx');
    await page.fill('[data-testid="batch-out"]', docxDir);
    await page.click('[data-testid="batch-run"]');
    const docx = inVillage.map((c) => join(docxDir, contractFileName(c, 'docx'))).sort();
    await expect.poll(async () => (await page.locator('[data-testid="batch-files"] li').allTextContents()).map((s) => s.trim()).sort(), { timeout: 180_000 }).toEqual(docx);
    for (const file of docx) expect(existsSync(file)).toBe(true);

    // The one failed request is the refused second run above, which Chromium logs as a console error.
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });
});
