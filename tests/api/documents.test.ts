import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../src/api/project-files';
import { openApi, type ApiService } from '../../src/api/service';
import { findChromium } from '../../src/io/documents/print/chromium-printer';

const dir = mkdtempSync(join(tmpdir(), 'landlink-docs-'));
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
const finished = async (jobId: string) => api.jobs.wait(jobId);

describe('documents API', () => {
  it('prints a numbered demo contract as .docx carrying its number, fingerprint and the audit chain head', async () => {
    const list = await call<Summary[]>('contracts.list', {});
    const numbered = list.find((c) => c.number)!;
    const view = await call<{ number: string; fingerprint: string }>('contracts.get', { id: numbered.id });
    const { auditHead } = await call<{ auditHead: { id: number; hash: string } }>('project.info', {});
    const out = join(dir, 'one');
    const job = await finished((await call<{ jobId: string }>('documents.contract', { id: numbered.id, format: 'docx', out, final: true })).jobId);
    expect(job.state).toBe('done');
    const files = unzipSync(readFileSync(`${out}.docx`));
    const xml = Object.entries(files).filter(([k]) => k.startsWith('word/')).map(([, v]) => strFromU8(v)).join('');
    expect(xml).toContain(view.number);
    expect(xml).toContain(view.fingerprint);
    expect(xml).toContain(`记录 #${auditHead.id} · ${auditHead.hash.slice(0, 8)}`);
    await expect(call('documents.contract', { id: numbered.id, format: 'docx', out })).rejects.toMatchObject({ code: 'conflict' });
  });

  it.skipIf(!findChromium())('prints a demo contract as a PDF whose 附图 page draws the parcels, with no Type 3 font', async () => {
    const numbered = (await call<Summary[]>('contracts.list', {})).find((c) => c.number)!;
    const view = await call<{ parcelRows: { code: string }[] }>('contracts.get', { id: numbered.id });
    const out = join(dir, 'map.pdf');
    const job = await finished((await call<{ jobId: string }>('documents.contract', { id: numbered.id, format: 'pdf', out, final: true })).jobId);
    expect(job.state).toBe('done');
    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).not.toContain('Type 3');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]);
    const mapPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), out, '-'], { encoding: 'utf8' });
    expect(mapPage).toMatch(/比例尺 1:\d+/);
    expect(mapPage).toContain(view.parcelRows[0]!.code);
  });

  it('refuses a final print of the draft with a rule error but prints it as a draft', async () => {
    const draft = (await call<Summary[]>('contracts.list', { status: 'draft' }))[0]!;
    await expect(call('documents.contract', { id: draft.id, format: 'docx', out: join(dir, 'final'), final: true })).rejects.toMatchObject({ code: 'refused' });
    const job = await finished((await call<{ jobId: string }>('documents.contract', { id: draft.id, format: 'docx', out: join(dir, 'draft') })).jobId);
    expect(job.result).toMatchObject({ drafts: 1 });
    const headers = Object.entries(unzipSync(readFileSync(join(dir, 'draft.docx')))).filter(([k]) => /header\d*\.xml$/.test(k)).map(([, v]) => strFromU8(v)).join('');
    expect(headers).toMatch(/<v:textpath[^>]*string="草稿"/);
  });

  it('batch-prints every contract with progress per contract', async () => {
    const all = await call<Summary[]>('contracts.list', {});
    const outDir = join(dir, 'batch');
    const phases: string[] = [];
    api.jobs.onProgress = (j) => phases.push(`${j.progress.phase} ${j.progress.done}/${j.progress.total}`);
    const job = await finished((await call<{ jobId: string }>('documents.batch', { scope: { all: true }, format: 'docx', outDir })).jobId);
    api.jobs.onProgress = null;
    expect(job.state).toBe('done');
    expect(readdirSync(outDir)).toHaveLength(all.length);
    expect(phases).toContain(`printing 1/${all.length}`);
  });
});
