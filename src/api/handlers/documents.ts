import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isDraftContract } from '../../io/documents/contract/contract-document';
import { renderContract } from '../../io/documents/contract/write-contract';
import { isDraftProposal } from '../../io/documents/proposal/proposal-document';
import { renderProposal } from '../../io/documents/proposal/write-proposal';
import { auditChainHead } from '../../store/audit';
import { LinkageError } from '../../store/linkage/linkage-error';
import { writeFileAtomic } from '../../io/documents/engine/render-document';
import { parcelMapSvg } from '../../io/documents/parcel-map-svg';
import { chromiumPdfPrinter } from '../../io/documents/print/chromium-printer';
import { contractMapFeatures } from '../../store/contract-map-repo';
import type { ContractView } from '../../domain/contract/contract-view';
import type { PdfPrinter } from '../../io/documents/print/print-page';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import { linkageProjectIdByCode, proposalData } from '../linkage/proposal-data';
import { contractFileName, type DocumentsReport, type documentMethods } from '../methods/documents';
import { contractHandlers } from './contracts';
import type { HandlerDeps } from './deps';

/** The output file: `out` with the format's extension added when it lacks it; refused when taken unless `overwrite`. */
function outputFile(out: string, format: 'docx' | 'pdf', overwrite: boolean): string {
  const file = extname(out).toLowerCase() === `.${format}` ? out : `${out}.${format}`;
  if (!overwrite && existsSync(file)) throw new ApiFailure('conflict', `${file} already exists`, [{ path: 'out', message: 'file exists; set overwrite' }]);
  return file;
}

/**
 * Contract documents and relocation proposals as jobs. The views come through the contracts methods, so print and screen show the
 * same resolved contract; PDFs go through `printer` (Chromium here, printToPDF in the Electron shell).
 */
export function documentHandlers(deps: HandlerDeps): GroupHandlers<typeof documentMethods, CallContext> {
  const { jobs, project } = deps;
  const printer: () => PdfPrinter = deps.printer ?? chromiumPdfPrinter;
  const contracts = contractHandlers(deps);
  const view = async (id: number, ctx: CallContext) => contracts['contracts.get']({ id }, ctx);
  /** The 附图 drawing: the contract's parcels numbered as in the parcel table, over their surroundings. */
  const mapOf = (v: ContractView): string | null => {
    const { parcels, context } = contractMapFeatures(project, v.parcelRows.map((r) => r.parcelId));
    if (parcels.length === 0) return null;
    const seq = new Map(v.parcelRows.map((r) => [r.parcelId, r.seq]));
    return parcelMapSvg({
      parcels: parcels.map((p) => ({ code: p.code, label: String(seq.get(p.parcelId) ?? ''), geometry: p.geometry, highlighted: true })),
      context,
      widthMm: 170,
      heightMm: 220,
      title: `${v.number ?? '（草稿）'} 流转地块四至示意图`,
    });
  };

  return {
    'documents.contract': async ({ id, format, out, overwrite, final }, ctx) => {
      const v = await view(id, ctx);
      if (final && isDraftContract(v)) {
        const errors = v.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
        throw new ApiFailure('refused', errors.length ? `合同 ${id} 有错误（${errors.join('、')}），不能打印定稿` : `合同 ${id} 尚未编号，只能打印草稿`, [{ path: 'final', message: 'draft or error findings' }]);
      }
      const file = outputFile(out, format, overwrite);
      // The register's state the view was read in, for the footer of every page.
      const head = auditChainHead(project.db);
      const jobId = jobs.start('print', async (ctl): Promise<DocumentsReport> => {
        const p = printer();
        try {
          ctl.progress('printing', 0, 1);
          const bytes = await renderContract(v, format, mapOf(v), p, head);
          await ctl.checkpoint();
          writeFileAtomic(file, bytes);
          ctl.progress('printing', 1, 1);
          return { format, files: [file], drafts: isDraftContract(v) ? 1 : 0 };
        } finally {
          await p.close();
        }
      });
      return { jobId };
    },
    'documents.proposal': async ({ projectId, code, format, out, overwrite, asOf = project.today() }) => {
      // The data is gathered before the job starts, so an unknown project is refused at once.
      let data;
      try {
        data = proposalData(project, projectId ?? linkageProjectIdByCode(project, code!), asOf);
      } catch (err) {
        if (err instanceof LinkageError) throw new ApiFailure(err.code, err.message, err.issues);
        throw err;
      }
      const file = outputFile(out, format, overwrite);
      const head = auditChainHead(project.db);
      const jobId = jobs.start('print', async (ctl): Promise<DocumentsReport> => {
        const p = printer();
        try {
          ctl.progress('printing', 0, 1);
          const bytes = await renderProposal(data, format, p, head);
          await ctl.checkpoint();
          writeFileAtomic(file, bytes);
          ctl.progress('printing', 1, 1);
          return { format, files: [file], drafts: isDraftProposal(data) ? 1 : 0 };
        } finally {
          await p.close();
        }
      });
      return { jobId };
    },
    'documents.batch': async ({ scope, format, outDir, overwrite }, ctx) => {
      const filter = 'all' in scope ? {} : scope;
      const list = await contracts['contracts.list'](filter, ctx);
      if (list.length === 0) throw new ApiFailure('not_found', '没有符合条件的合同', [{ path: 'scope', message: 'no contracts' }]);
      const files = list.map((c) => join(outDir, contractFileName(c, format)));
      const taken = files.find((f) => existsSync(f));
      if (!overwrite && taken) throw new ApiFailure('conflict', `${taken} already exists`, [{ path: 'outDir', message: 'file exists; set overwrite' }]);
      const jobId = jobs.start('print', async (ctl): Promise<DocumentsReport> => {
        const p = printer();
        const written: string[] = [];
        let drafts = 0;
        try {
          for (const [i, c] of list.entries()) {
            ctl.progress('printing', i, list.length);
            await ctl.checkpoint();
            const v = await view(c.id, ctx);
            const head = auditChainHead(project.db);
            if (isDraftContract(v)) drafts++;
            writeFileAtomic(files[i]!, await renderContract(v, format, mapOf(v), p, head));
            written.push(files[i]!);
          }
          ctl.progress('printing', list.length, list.length);
          return { format, files: written, drafts };
        } finally {
          await p.close();
        }
      });
      return { jobId };
    },
  };
}
