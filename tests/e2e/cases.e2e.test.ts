import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepDefinition, type StepKey } from '../../src/domain/case/step-catalogue';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, startE2e, type E2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ label: 'cases', project: (dir) => ensureDemoProject(dir), viewport: { width: 1440, height: 900 } });
});

afterAll(() => e2e?.close());

/** The board's counts strip and its rows, as the planner sees them. */
async function boardOnScreen(page: Page) {
  const rows = await page.$$eval('[data-testid="board-row"]', (trs) =>
    trs.map((tr) => ({ stage: tr.getAttribute('data-stage')!, blocked: tr.getAttribute('data-blocked') === 'true', m2: Number(tr.getAttribute('data-m2')) })),
  );
  const counts = await page.$$eval('[data-testid="board-count"]', (lis) =>
    lis.map((li) => ({ stage: li.getAttribute('data-stage')!, cases: Number(li.getAttribute('data-cases')), m2: Number(li.getAttribute('data-m2')) })),
  );
  const blocked = Number(await page.getAttribute('[data-testid="board-counts"]', 'data-blocked'));
  return { rows, counts, blocked };
}

function expectCountsMatchRows({ rows, counts, blocked }: Awaited<ReturnType<typeof boardOnScreen>>) {
  for (const c of counts) {
    const of = rows.filter((r) => r.stage === c.stage);
    expect(c.cases, c.stage).toBe(of.length);
    expect(c.m2, c.stage).toBeCloseTo(of.reduce((s, r) => s + r.m2, 0), 6);
  }
  expect(counts.reduce((s, c) => s + c.cases, 0)).toBe(rows.length);
  expect(blocked).toBe(rows.filter((r) => r.blocked).length);
}

const RESPONSIBLE = '谢集镇农经站 李敏';

/** Records on a step's card a responsible person and every document of its list as received today, and saves. */
async function papers(page: Page, key: string) {
  const id = key.replace('.', '-');
  const card = `[data-testid="step-${id}"]`;
  if (!(await page.$eval(`${card} details`, (d) => (d as HTMLDetailsElement).open))) await page.click(`${card} summary`);
  await page.fill(`[data-testid="step-responsible-${id}"]`, RESPONSIBLE);
  const docs = page.locator(`${card} [data-testid^="step-doc-${id}-"]`);
  for (let i = 0; i < (await docs.count()); i++) await docs.nth(i).check();
  await page.click(`[data-testid="step-save-${id}"]`);
  await expect.poll(() => page.textContent(`${card} .case-step__meta`), { timeout: 20_000 }).toContain(RESPONSIBLE);
  expect(await page.$(`[data-testid="step-needs-${id}"]`)).toBeNull();
}

/**
 * Completes a step on the case screen with its papers; a step that moves the contract asks for
 * confirmation first, and the statement it confirmed is returned.
 */
async function complete(page: Page, key: string): Promise<string | null> {
  const id = key.replace('.', '-');
  await papers(page, key);
  await page.selectOption(`[data-testid="step-status-${id}"]`, 'done');
  let statement: string | null = null;
  if (stepDefinition(key as StepKey).contractStatus !== null) {
    await page.waitForSelector('[data-testid="confirm"]', { timeout: 20_000 });
    statement = await page.textContent('[data-testid="confirm-statement"]');
    expect(await page.getAttribute(`[data-testid="step-${id}"]`, 'data-status')).not.toBe('done');
    await page.click('[data-testid="confirm-ok"]');
  }
  await expect.poll(() => page.getAttribute(`[data-testid="step-${id}"]`, 'data-status'), { timeout: 20_000 }).toBe('done');
  return statement;
}

const stageAndStatus = async (page: Page) => [await page.getAttribute('[data-testid="case-stage"]', 'data-stage'), await page.getAttribute('[data-testid="case-contract-status"]', 'data-status')];

describe('the six-party case board in the browser host', () => {
  it('lists the demo cases with counts and 亩 per stage that match the rows shown, also when filtered', async () => {
    const { page, host, api } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    await page.click('[data-testid="toolbar-cases"]');
    await page.waitForSelector('[data-testid="board-table"]', { timeout: 20_000 });

    await page.screenshot({ path: join(ARTIFACTS, 'cases-board-zh.png') });
    const all = await boardOnScreen(page);
    const fromApi = await api('cases.board', {});
    expect(all.rows.length).toBe(fromApi.rows.length);
    expect(new Set(all.rows.map((r) => r.stage)).size).toBeGreaterThan(2);
    expectCountsMatchRows(all);

    // Filtered by a lane's status: only the cases whose bank lane is in progress, counted over those alone.
    const filtered = await api('cases.board', { lane: { lane: 'bank', status: 'in_progress' } });
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.length).toBeLessThan(all.rows.length);
    await page.selectOption('[data-testid="board-lane"]', 'bank');
    await page.selectOption('[data-testid="board-status"]', 'in_progress');
    await expect.poll(async () => (await boardOnScreen(page)).rows.length).toBe(filtered.rows.length);
    expect(await page.$$eval('[data-testid="board-row"] td[data-lane="bank"]', (tds) => tds.map((td) => td.getAttribute('data-status')))).toEqual(filtered.rows.map(() => 'in_progress'));
    expectCountsMatchRows(await boardOnScreen(page));
    await page.selectOption('[data-testid="board-lane"]', '');
    await expect.poll(async () => (await boardOnScreen(page)).rows.length).toBe(all.rows.length);
  });

  it('refuses completing the bank contract on the case LM-02 holds, naming the gate', async () => {
    const { page, api } = e2e;
    const { rows } = await api('cases.board', {});
    const target = (await Promise.all(rows.map((r) => api('cases.get', { contractId: r.contractId })))).find((v) => v.gates.some((g) => g.ruleId === 'LM-02' && g.severity === 'error'));
    expect(target).toBeDefined();
    expect(target!.blocked).toBe(true);
    expect(await page.getAttribute(`[data-testid="board-row"][data-contract="${target!.contract.id}"]`, 'data-blocked')).toBe('true');
    await page.click(`[data-testid="board-row"][data-contract="${target!.contract.id}"] [data-testid="board-open"]`);
    await page.waitForSelector('[data-testid="case-view"]');
    expect(await page.getAttribute('[data-testid="case-gate"][data-rule="LM-02"]', 'data-severity')).toBe('error');
    expect(await page.textContent('[data-testid="step-refusal-bank-contract"]')).toContain('LM-02');
    await page.selectOption('[data-testid="step-status-bank-contract"]', 'done');
    await page.waitForSelector('[data-testid="step-error-bank-contract"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="step-error-bank-contract"]')).toContain('LM-02');
    expect(await page.getAttribute('[data-testid="step-bank-contract"]', 'data-status')).not.toBe('done');
    expect((await api('cases.get', { contractId: target!.contract.id })).lanes.flatMap((l) => l.steps).find((s) => s.key === 'bank.contract')!.status).not.toBe('done');
    await page.screenshot({ path: join(ARTIFACTS, 'cases-blocked-zh.png') });
    await page.click('[data-testid="case-back"]');
  });

  it('takes the draft contract from drafting to active entirely through the case screen', async () => {
    const { page, api, pageErrors } = e2e;
    const draft = (await api('contracts.list', { status: 'draft' }))[0]!;
    expect(draft).toBeDefined();
    // The demo's draft runs past its households' contract term (LT-02), which numbering refuses: the term
    // is cut to the earliest household's end through the API, as the planner would on the contract form.
    const view = await api('contracts.get', { id: draft.id });
    if (view.findings.some((f) => f.severity === 'error')) {
      expect(view.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(expect.arrayContaining(['LT-02']));
      const ends = await Promise.all(view.draft.parcels.map(async (p) => (await api('parcels.get', { id: p.parcelId })).household!.contractEnd));
      await api('contracts.updateDraft', { id: draft.id, draft: { ...view.draft, endDate: ends.sort()[0]! } });
    }
    expect((await api('contracts.get', { id: draft.id })).findings.filter((f) => f.severity === 'error')).toEqual([]);

    await page.waitForSelector('[data-testid="board-table"]');
    await page.click(`[data-testid="board-row"][data-contract="${draft.id}"] [data-testid="board-open"]`);
    await page.waitForSelector('[data-testid="case-view"]');
    expect(await stageAndStatus(page)).toEqual(['drafting', 'draft']);

    // Papers first: the households' and the transferee's, then review and numbering.
    await complete(page, 'transferors.identity');
    await complete(page, 'transferee.qualification');
    const numbering = await complete(page, 'bureau.contractReview');
    expect(await stageAndStatus(page)).toEqual(['signing', 'numbered']);
    const number = (await page.textContent('[data-testid="case-number"]'))!.trim();
    expect(number).toBe((await api('contracts.get', { id: draft.id })).number);
    expect(numbering).toContain(`将编号为 ${number}`);

    await complete(page, 'transferee.signing');
    expect(await stageAndStatus(page)).toEqual(['filing', 'numbered']);

    // Filing with the 发包方 without its papers is refused, naming them; the contract stays numbered.
    expect(await page.textContent('[data-testid="step-needs-bureau-filing"]')).toContain('流转合同备案登记表');
    await page.selectOption('[data-testid="step-status-bureau-filing"]', 'done');
    await page.waitForSelector('[data-testid="step-error-bureau-filing"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="step-error-bureau-filing"]')).toContain('缺少材料');
    expect(await page.textContent('[data-testid="step-error-bureau-filing"]')).toContain('合同副本');
    expect((await api('contracts.get', { id: draft.id })).status).toBe('numbered');

    const filing = await complete(page, 'bureau.filing');
    expect(filing).toContain(`合同 ${number} 记为已向发包方备案`);
    expect(await stageAndStatus(page)).toEqual(['ledger', 'filed']);
    expect((await api('contracts.get', { id: draft.id })).status).toBe('filed');

    // Taken back only by a recorded correction of the contract, with a reason; the timeline shows it.
    await page.selectOption('[data-testid="step-status-bureau-filing"]', 'in_progress');
    await page.waitForSelector('[data-testid="confirm-reason"]');
    await page.fill('[data-testid="confirm-reason"]', '备案登记表未经发包方签章');
    await page.screenshot({ path: join(ARTIFACTS, 'cases-correction-zh.png') });
    await page.click('[data-testid="confirm-ok"]');
    await expect.poll(() => page.getAttribute('[data-testid="step-bureau-filing"]', 'data-status'), { timeout: 20_000 }).toBe('in_progress');
    expect(await stageAndStatus(page)).toEqual(['filing', 'numbered']);
    await page.click('[data-testid="case-tab-dates"]');
    expect(await page.textContent('[data-testid="case-timeline"]')).toContain('备案登记表未经发包方签章');
    await page.click('[data-testid="case-tab-lanes"]');
    // The papers stayed with the step: filing again needs only the confirmation.
    await page.selectOption('[data-testid="step-status-bureau-filing"]', 'done');
    await page.click('[data-testid="confirm-ok"]');
    await expect.poll(() => page.getAttribute('[data-testid="step-bureau-filing"]', 'data-status'), { timeout: 20_000 }).toBe('done');
    expect(await stageAndStatus(page)).toEqual(['ledger', 'filed']);
    await complete(page, 'bureau.ledger');
    await complete(page, 'transferee.rent');
    expect(await stageAndStatus(page)).toEqual(['ledger', 'filed']);
    await complete(page, 'transferee.delivery');
    expect(await stageAndStatus(page)).toEqual(['active', 'active']);
    expect((await api('contracts.get', { id: draft.id })).status).toBe('active');
    await page.screenshot({ path: join(ARTIFACTS, 'cases-case-zh.png') });

    // Back on the board the case is counted as active, and the counts still match the rows.
    await page.click('[data-testid="case-back"]');
    await page.waitForSelector('[data-testid="board-table"]');
    await expect.poll(() => page.getAttribute(`[data-testid="board-row"][data-contract="${draft.id}"]`, 'data-stage')).toBe('active');
    expectCountsMatchRows(await boardOnScreen(page));
    // The refused completions (LM-02 above, the filing without papers here) are the failed requests, which Chromium logs as console errors.
    expect(pageErrors).toEqual(Array(2).fill('Failed to load resource: the server responded with a status of 403 (Forbidden)'));
  });
});
