import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;
const DEMO = 'ZJGG-371722-2024-01';

beforeAll(async () => {
  e2e = await startE2e({ label: 'linkage-books', project: (dir) => ensureDemoProject(dir), viewport: { width: 1440, height: 900 } });
});

afterAll(() => e2e?.close());

const shot = (name: string) => e2e.page.screenshot({ path: join(ARTIFACTS, `linkage-books-${name}.png`) });

async function openTab(tab: 'ledger' | 'households' | 'scenarios' | 'parameters') {
  await e2e.page.click(`[data-testid="linkage-tab-${tab}"]`);
  await e2e.page.waitForSelector(`[data-testid="linkage-${tab}-tab"]`, { timeout: 20_000 });
}

describe('the linkage books of the demo project in the browser host', () => {
  it('records ledger events, compares a new scenario, changes a consent and shows the parameter table', async () => {
    const { page, host, api, pageErrors } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    const project = (await api('linkage.projects.list', {})).find((p) => p.code === DEMO)!;

    await page.click('[data-testid="toolbar-linkage"]');
    await page.click(`[data-testid="linkage-list-open"][data-code="${DEMO}"]`);
    await page.click('[data-testid="linkage-open-book"]');
    await openTab('ledger');
    const statementRows = page.locator('[data-testid="ledger-statement"] tbody tr');
    await expect.poll(() => statementRows.count()).toBe(6);

    // The demo has returned all its revolving quota: one more 亩 returned is refused with the core's reason.
    await page.selectOption('[data-testid="ledger-form-kind"]', 'returnRevolving');
    await page.fill('[data-testid="ledger-form-areaMu"]', '1');
    await page.click('[data-testid="ledger-form-record"]');
    const refusal = page.locator('[data-testid="ledger-form-error"]');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toMatch(/已归还 .* 亩，超过/);
    // The rule is named in the UI language, and the area to correct is flagged.
    const rule = page.locator('[data-testid="ledger-form-invariant"]');
    expect(await rule.getAttribute('data-invariant')).toBe('returnedWithinIssued');
    expect(await rule.textContent()).toBe('台账规则：归还不超过已下达周转指标');
    expect(await page.getAttribute('[data-testid="ledger-form-areaMu"]', 'aria-invalid')).toBe('true');
    expect(await statementRows.count()).toBe(6);
    await shot('ledger-refusal');

    // A further reclamation acceptance joins the statement and raises the accepted cultivated balance.
    const before = (await api('linkage.quota.statement', { projectId: project.id })).balance;
    await page.selectOption('[data-testid="ledger-form-kind"]', 'reclamationAccepted');
    await page.fill('[data-testid="ledger-form-areaMu"]', '1.5');
    await page.fill('[data-testid="ledger-form-cultivatedMu"]', '1.2');
    await page.fill('[data-testid="ledger-form-acceptDocNo"]', '菏自然资验字〔2026〕3号（测试）');
    await page.fill('[data-testid="ledger-form-authority"]', '菏泽市自然资源和规划局');
    await page.click('[data-testid="ledger-form-record"]');
    await expect.poll(() => statementRows.count(), { timeout: 20_000 }).toBe(7);
    const added = page.locator('[data-testid="ledger-statement"] tbody tr[data-kind="reclamationAccepted"]').last();
    expect(await added.locator('td').nth(4).textContent()).toBe('1.50');
    const after = (await api('linkage.quota.statement', { projectId: project.id })).balance;
    expect(after.acceptedCultivatedM2 - before.acceptedCultivatedM2).toBeCloseTo((1.2 * 10000) / 15, 6);
    expect(await page.textContent('[data-testid="ledger-balance"] [data-figure="acceptedCultivatedM2"] dd')).toContain(
      (Math.round(((after.acceptedCultivatedM2 * 15) / 10000) * 100) / 100).toFixed(2),
    );
    await shot('ledger');

    // Scenarios: the two demo scenarios side by side, then a third one added from the form.
    await openTab('scenarios');
    const columns = page.locator('[data-testid="scenario-comparison"] thead th[data-scenario]');
    await expect.poll(() => columns.count(), { timeout: 20_000 }).toBe(2);
    await page.click('[data-testid="scenario-new"]');
    await page.fill('[data-testid="scenario-name"]', '平房院落统一建设');
    await page.selectOption('[data-testid="scenario-housing"]', 'courtyard');
    await page.selectOption('[data-testid="scenario-tier"]', 'suburb');
    await page.click('[data-testid="scenario-save"]');
    await expect.poll(() => columns.count(), { timeout: 20_000 }).toBe(3);
    expect(await columns.last().textContent()).toContain('平房院落统一建设');
    expect(await page.locator('[data-testid="scenario-comparison"] tr[data-row="balance.final"] td').count()).toBe(3);
    await shot('scenarios');

    // Households: one pending household agrees, and the consent rate rises by one household's share.
    await openTab('households');
    const rate = () => page.textContent('[data-testid="consent-rate"]');
    const rateBefore = await rate();
    const households = await api('linkage.households.list', { projectId: project.id });
    const pending = households.find((h) => h.consent.status === 'pending')!;
    const agreed = households.filter((h) => h.consent.status === 'agreed').length;
    const cell = page.locator(`[data-testid="consent-${pending.code}"]`);
    await cell.locator('[data-testid="consent-status"]').selectOption('agreed');
    await cell.locator('[data-testid="consent-date"]').fill('2026-11-20');
    await cell.locator('[data-testid="consent-save"]').click();
    const expected = `${(Math.round(((agreed + 1) / households.length) * 10000) / 100).toFixed(2)}%`;
    await expect.poll(rate, { timeout: 20_000 }).toBe(expected);
    expect(rateBefore).not.toBe(expected);
    expect((await api('linkage.households.list', { projectId: project.id })).find((h) => h.id === pending.id)!.consent).toEqual({ status: 'agreed', signedOn: '2026-11-20' });
    await shot('households');

    // Parameters: placeholders are marked; a county entry replaces one from its effective date.
    await openTab('parameters');
    const priceRow = page.locator('[data-testid="parameters-table"] tr[data-key="quotaPriceYuanPerMu.county"]');
    expect(await priceRow.getAttribute('data-placeholder')).toBe('true');
    expect(await page.textContent('[data-testid="parameters-placeholder-note"]')).toContain('占位值');
    await shot('parameters');
    await page.click('[data-testid="param-add-quotaPriceYuanPerMu.county"]');
    await page.fill('[data-testid="parameter-value"]', '320000');
    await page.fill('[data-testid="parameter-date"]', '2026-07-01');
    await page.fill('[data-testid="parameter-source"]', '单县政府常务会议纪要〔2026〕9号（测试）');
    await page.click('[data-testid="parameter-save"]');
    await expect.poll(() => priceRow.getAttribute('data-placeholder'), { timeout: 20_000 }).toBeNull();
    expect(await priceRow.textContent()).toContain('320,000');

    // The one failed request is the refused return, which the page showed with its reason.
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 403 (Forbidden)']);
  });
});
