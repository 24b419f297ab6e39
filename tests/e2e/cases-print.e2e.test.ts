import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ label: 'cases-print', project: (dir) => ensureDemoProject(dir), viewport: { width: 1440, height: 900 } });
});

afterAll(() => e2e?.close());

/** Picks a document, format and path on the print tab, runs it and waits for the files the job wrote. */
async function print(page: Page, document: string, format: 'pdf' | 'docx', out: string): Promise<string[]> {
  await page.check(`[data-testid="case-print-doc-${document}"] input`);
  await page.selectOption('[data-testid="case-print-format"]', format);
  await page.fill('[data-testid="case-print-out"]', out);
  await page.click('[data-testid="case-print-run"]');
  await page.waitForSelector('[data-testid="job-progress-bar"]', { timeout: 20_000 });
  await page.waitForSelector('[data-testid="case-print-done"]', { timeout: 180_000 });
  return (await page.locator('[data-testid="case-print-files"] li').allTextContents()).map((s) => s.trim());
}

describe('printing a case’s documents from the case screen', () => {
  it('prints the active case’s summary as PDF and its trusteeship contract as .docx, refusing to overwrite', async () => {
    const { page, host, api, dir, pageErrors } = e2e;
    const { rows } = await api('cases.board', {});
    const views = await Promise.all(rows.filter((r) => r.stage === 'active').map((r) => api('cases.get', { contractId: r.contractId })));
    const active = views.find((v) => v.trusteeships.length > 0)!;
    expect(active).toBeDefined();

    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    await page.click('[data-testid="toolbar-cases"]');
    await page.waitForSelector('[data-testid="board-table"]', { timeout: 20_000 });
    await page.click(`[data-testid="board-row"][data-contract="${active.contract.id}"] [data-testid="board-open"]`);
    await page.waitForSelector('[data-testid="case-view"]');
    await page.click('[data-testid="case-tab-print"]');
    await page.waitForSelector('[data-testid="case-print"]');

    // What does not apply to this case is offered disabled, with the reason beside it.
    const applies = async (doc: string) => (await page.getAttribute(`[data-testid="case-print-doc-${doc}"]`, 'data-applies')) === 'true';
    expect(await applies('socialCapitalApplication')).toBe(active.contract.socialCapital);
    expect(await applies('powerOfAttorney')).toBe(active.contract.agent);
    expect(await applies('trusteeshipContract')).toBe(true);
    const off = await page.$$eval('[data-testid^="case-print-doc-"][data-applies="false"]', (ls) => ls.map((l) => l.getAttribute('data-testid')!.replace('case-print-doc-', '')));
    expect(off.length).toBeGreaterThan(0);
    for (const doc of off) {
      expect(await page.isDisabled(`[data-testid="case-print-doc-${doc}"] input`)).toBe(true);
      expect(await page.textContent(`[data-testid="case-print-why-${doc}"]`)).toMatch(/^不适用：.+/);
    }

    const summary = join(dir, 'out', '案件进度表.pdf');
    expect(await print(page, 'caseSummary', 'pdf', summary)).toEqual([summary]);
    expect(readFileSync(summary).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.getAttribute('[data-testid="case-print-summary"]', 'data-drafts')).toBe('0');

    // The trusteeship contract, its record picked from the case's records.
    await page.check('[data-testid="case-print-doc-trusteeshipContract"] input');
    expect(await page.inputValue('[data-testid="case-print-trusteeship"]')).toBe(String(active.trusteeships[0]!.id));
    const contract = join(dir, 'out', '托管服务合同');
    expect(await print(page, 'trusteeshipContract', 'docx', contract)).toEqual([`${contract}.docx`]);
    expect(existsSync(`${contract}.docx`)).toBe(true);
    expect(readFileSync(`${contract}.docx`).subarray(0, 2).toString()).toBe('PK');
    await page.screenshot({ path: join(ARTIFACTS, 'cases-print-zh.png') });

    // Printing the same file again is refused with the core's reason until overwrite is ticked.
    await page.click('[data-testid="case-print-run"]');
    await page.waitForSelector('[data-testid="case-print-error"] [data-issue-path="out"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="case-print-error"]')).toContain('托管服务合同.docx');
    await page.check('[data-testid="case-print-overwrite"]');
    await page.click('[data-testid="case-print-run"]');
    await page.waitForSelector('[data-testid="case-print-done"]', { timeout: 180_000 });
    expect(await page.isVisible('[data-testid="case-print-error"]')).toBe(false);

    // The one failed request is the refused second run, which Chromium logs as a console error.
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });
});
