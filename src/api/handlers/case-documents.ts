import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { ContractView } from '../../domain/contract/contract-view';
import type { CaseView } from '../../domain/case/case-view';
import { caseDocumentModel, type CaseDocumentRequest } from '../../io/documents/case/write-case-document';
import { renderDocument, writeFileAtomic } from '../../io/documents/engine/render-document';
import { chromiumPdfPrinter } from '../../io/documents/print/chromium-printer';
import type { PdfPrinter } from '../../io/documents/print/print-page';
import { auditChainHead } from '../../store/audit';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { caseDocumentMethods } from '../methods/case-documents';
import type { DocumentsReport } from '../methods/documents';
import { caseHandlers } from './cases';
import { contractHandlers } from './contracts';
import type { HandlerDeps } from './deps';

type Input = Parameters<GroupHandlers<typeof caseDocumentMethods, CallContext>['documents.case']>[0];

const refused = (path: string, message: string) => new ApiFailure('refused', message, [{ path, message }]);
const bad = (path: string, message: string) => new ApiFailure('bad_input', message, [{ path, message }]);

/** The households a per-household document is printed for: the one asked, else all it applies to. */
function households(contract: ContractView, input: Input, candidates: readonly number[]): { id: number; name: string }[] {
  const on = new Map(contract.transferors.map((t) => [t.householdId!, t.name]));
  if (input.householdId !== undefined) {
    if (!candidates.includes(input.householdId)) throw bad('householdId', `合同 ${contract.number ?? contract.id} 的${candidates.length === on.size ? '流出方' : '委托农户'}中没有农户 ${input.householdId}`);
    return [{ id: input.householdId, name: on.get(input.householdId)! }];
  }
  return candidates.map((id) => ({ id, name: on.get(id)! }));
}

/** What to print: one request per file, each with the household name that tells the files apart. */
function requests(contract: ContractView, c: CaseView, input: Input): { req: CaseDocumentRequest; household: string | null }[] {
  const number = contract.number ?? `草稿 ${contract.id}`;
  switch (input.document) {
    case 'filingRegister':
    case 'caseSummary':
      return [{ req: { document: input.document }, household: null }];
    case 'socialCapitalApplication':
      if (!c.contract.socialCapital) throw refused('document', `合同 ${number} 的流入方不属于社会资本，无需资格审查和项目审核申请`);
      return [{ req: { document: input.document }, household: null }];
    case 'consent':
      return households(contract, input, contract.transferors.map((t) => t.householdId!)).map((h) => ({
        req: { document: 'consent', householdId: h.id, consentKind: input.consentKind! },
        household: h.name,
      }));
    case 'powerOfAttorney': {
      const agent = contract.draft.agent;
      if (!agent) throw refused('document', `合同 ${number} 没有农户代表人（受托人），无需委托书`);
      const principals = agent.powerOfAttorneyHouseholdIds.length ? agent.powerOfAttorneyHouseholdIds : contract.transferors.map((t) => t.householdId!);
      return households(contract, input, principals).map((h) => ({ req: { document: 'powerOfAttorney', householdId: h.id }, household: h.name }));
    }
    case 'trusteeshipContract': {
      const ids = c.trusteeships.map((t) => t.id!);
      if (ids.length === 0) throw refused('document', `合同 ${number} 的案件没有托管记录`);
      const id = input.trusteeshipId ?? (ids.length === 1 ? ids[0]! : undefined);
      if (id === undefined) throw bad('trusteeshipId', `合同 ${number} 有${ids.length}份托管记录（${ids.join('、')}），请指明 trusteeshipId`);
      if (!ids.includes(id)) throw bad('trusteeshipId', `合同 ${number} 的案件中没有托管记录 ${id}`);
      return [{ req: { document: 'trusteeshipContract', trusteeshipId: id }, household: null }];
    }
  }
}

/** `out` with the format's extension; several households get `-<户主>` (and the id if names repeat) before it. */
function fileNames(out: string, format: string, households: (string | null)[]): string[] {
  const base = extname(out).toLowerCase() === `.${format}` ? out.slice(0, -format.length - 1) : out;
  if (households.length === 1) return [`${base}.${format}`];
  const seen = new Map<string, number>();
  for (const h of households) seen.set(h!, (seen.get(h!) ?? 0) + 1);
  return households.map((h, i) => {
    const safe = h!.replace(/[\\/:*?"<>|\s]+/g, '_');
    return `${base}-${(seen.get(h!) ?? 0) > 1 ? `${safe}-${i + 1}` : safe}.${format}`;
  });
}

/**
 * Case documents as jobs. The contract and the case come through 'contracts.get' and 'cases.get', so the
 * paper shows what the screen shows; refusals (no agent, no trusteeship, not social capital) come before
 * any job starts.
 */
export function caseDocumentHandlers(deps: HandlerDeps): GroupHandlers<typeof caseDocumentMethods, CallContext> {
  const { jobs } = deps;
  const printer: () => PdfPrinter = deps.printer ?? chromiumPdfPrinter;
  const contracts = contractHandlers(deps);
  const cases = caseHandlers(deps);
  return {
    'documents.case': async (input, ctx) => {
      const contract = await contracts['contracts.get']({ id: input.contractId }, ctx);
      const c = await cases['cases.get']({ contractId: input.contractId }, ctx);
      const todo = requests(contract, c, input);
      const files = fileNames(input.out, input.format, todo.map((t) => t.household));
      const taken = files.find((f) => existsSync(f));
      if (!input.overwrite && taken) throw new ApiFailure('conflict', `${taken} already exists`, [{ path: 'out', message: 'file exists; set overwrite' }]);
      const models = todo.map((t) => caseDocumentModel({ contract, case: c }, t.req));
      // The register's state the contract and the case were read in, for the footer of every page.
      const head = auditChainHead(deps.project.db);
      const jobId = jobs.start('print', async (ctl): Promise<DocumentsReport> => {
        const p = printer();
        const written: string[] = [];
        try {
          for (const [i, model] of models.entries()) {
            ctl.progress('printing', i, models.length);
            await ctl.checkpoint();
            writeFileAtomic(files[i]!, await renderDocument(model, input.format, p, head));
            written.push(files[i]!);
          }
          ctl.progress('printing', models.length, models.length);
          return { format: input.format, files: written, drafts: models.filter((m) => m.watermark !== null).length };
        } finally {
          await p.close();
        }
      });
      return { jobId };
    },
  };
}
