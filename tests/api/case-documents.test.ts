import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../src/api/project-files';
import { openApi, type ApiService } from '../../src/api/service';
import type { CaseView } from '../../src/domain/case/case-view';
import type { ContractView } from '../../src/domain/contract/contract-view';
import { muToM2 } from '../../src/domain/units';
import { findChromium } from '../../src/io/documents/print/chromium-printer';

const dir = mkdtempSync(join(tmpdir(), 'landlink-case-docs-api-'));
let api: ApiService;
type Summary = { id: number; number: string | null; status: string };

beforeAll(() => {
  createDemoProject(join(dir, 'demo.gpkg'), 'tester');
  api = openApi(join(dir, 'demo.gpkg'), 'tester');
});
afterAll(() => api.close());

const call = async <T>(method: string, input: unknown) => {
  const env = await api.dispatch(method, input, { actor: 'tester' });
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.data as T;
};
const print = async (input: Record<string, unknown>) => {
  const job = await api.jobs.wait((await call<{ jobId: string }>('documents.case', input)).jobId);
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  return job.result as { files: string[]; drafts: number };
};
const docxText = (file: string) => {
  const files = unzipSync(readFileSync(file));
  return Object.entries(files).filter(([k]) => k.startsWith('word/')).map(([, v]) => strFromU8(v)).join('');
};
const active = async () => (await call<Summary[]>('contracts.list', {})).find((c) => c.status === 'active')!;

describe('documents.case', () => {
  it('prints the case summary of the active demo contract with its number, lanes, the case fingerprint and the audit chain head', async () => {
    const c = await active();
    const contract = await call<ContractView>('contracts.get', { id: c.id });
    const { auditHead } = await call<{ auditHead: { id: number; hash: string } }>('project.info', {});
    const report = await print({ contractId: c.id, document: 'caseSummary', format: 'docx', out: join(dir, 'summary') });
    expect(report).toEqual({ format: 'docx', files: [join(dir, 'summary.docx')], drafts: 0 });
    const xml = docxText(report.files[0]!);
    expect(xml).toContain(contract.number!);
    expect(xml).toContain(`数据指纹：${contract.fingerprint}-`);
    expect(xml).toContain(`记录 #${auditHead.id} · ${auditHead.hash.slice(0, 8)}`);
    for (const lane of ['流出方', '流入方', '农业农村部门', '银行', '保险机构', '供销社']) expect(xml).toContain(lane);
    await expect(call('documents.case', { contractId: c.id, document: 'caseSummary', format: 'docx', out: join(dir, 'summary') })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('writes one consent letter per household when no household is named, each naming its household', async () => {
    const c = await active();
    const contract = await call<ContractView>('contracts.get', { id: c.id });
    const report = await print({ contractId: c.id, document: 'consent', consentKind: 'retransfer', format: 'docx', out: join(dir, 'consent.docx') });
    expect(report.files).toHaveLength(contract.transferors.length);
    for (const [i, t] of contract.transferors.entries()) {
      expect(existsSync(report.files[i]!)).toBe(true);
      expect(docxText(report.files[i]!)).toContain(t.name);
    }
    const one = await print({ contractId: c.id, document: 'consent', consentKind: 'mortgage', householdId: contract.transferors[0]!.householdId, format: 'docx', out: join(dir, 'one') });
    expect(one.files).toEqual([join(dir, 'one.docx')]);
    await expect(call('documents.case', { contractId: c.id, document: 'consent', format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(call('documents.case', { contractId: c.id, document: 'consent', consentKind: 'mortgage', householdId: 999999, format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('refuses documents the case does not call for, before any job starts', async () => {
    const list = await call<Summary[]>('contracts.list', {});
    for (const s of list) {
      const k = await call<CaseView>('cases.get', { contractId: s.id });
      const contract = await call<ContractView>('contracts.get', { id: s.id });
      if (!k.contract.socialCapital) await expect(call('documents.case', { contractId: s.id, document: 'socialCapitalApplication', format: 'docx', out: join(dir, `sc-${s.id}`) })).rejects.toMatchObject({ code: 'refused' });
      if (!contract.draft.agent) await expect(call('documents.case', { contractId: s.id, document: 'powerOfAttorney', format: 'docx', out: join(dir, `poa-${s.id}`) })).rejects.toMatchObject({ code: 'refused' });
      if (k.trusteeships.length === 0) await expect(call('documents.case', { contractId: s.id, document: 'trusteeshipContract', format: 'docx', out: join(dir, `tr-${s.id}`) })).rejects.toMatchObject({ code: 'refused' });
    }
  });

  it.skipIf(!findChromium())('prints a trusteeship saved on the case as an A4 PDF with the fee in 大写 and no Type 3 font', async () => {
    const c = await active();
    const before = await call<CaseView>('cases.get', { contractId: c.id });
    const view = await call<CaseView>('cases.trusteeships.save', {
      contractId: c.id,
      trusteeship: {
        id: null,
        coop: '单县供销合作社为农服务中心',
        client: before.contract.transfereeName,
        mode: 'partial',
        crop: '玉米',
        areaM2: muToM2(40),
        operations: ['plough', 'sow', 'harvest'],
        feeYuanPerMu: 120,
        payment: { kind: 'prepaid' },
        startDate: '2026-06-01',
        endDate: '2026-10-31',
        guaranteedYieldKgPerMu: null,
        shortfallYuanPerKg: null,
        lateFeeDailyRate: 0.0005,
        signedOn: null,
      },
    });
    const id = view.trusteeships.at(-1)!.id!;
    const out = join(dir, 'trusteeship.pdf');
    const report = await print({ contractId: c.id, document: 'trusteeshipContract', trusteeshipId: id, format: 'pdf', out });
    expect(report.files).toEqual([out]);
    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).not.toContain('Type 3');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|\(A4\)/);
    // 40 亩 × 120 元 = 4,800 元.
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('人民币4,800.00元（大写：肆仟捌佰元整）');
    expect(text).toContain('农作物生产托管服务标准指引');
  });
});
