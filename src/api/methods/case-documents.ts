import { z } from 'zod';
import { CaseConsentSchema } from '../../domain/case/case-records';
import { CaseDocumentKindSchema } from '../../io/documents/case/case-document-kind';
import { MAX_PATH_LENGTH } from '../../domain/input-limits';
import { DocumentFormatSchema } from './documents';
import { JobStartedSchema } from './jobs';

export { CaseDocumentKindSchema };

const Id = z.number().int().positive();

/**
 * The documents of a case (issue 5) as .docx or A4 PDF, run as a job whose result is a DocumentsReport.
 * The consent letter and the power of attorney are one per household: with `householdId` one file, without
 * it one file per household (every transferor for consent, the agent's principals for the power of
 * attorney), each named `<out stem>-<户主>.<format>`. `trusteeshipId` may be left out when the case has one.
 */
export const caseDocumentMethods = {
  'documents.case': {
    input: z
      .object({
        contractId: Id,
        document: CaseDocumentKindSchema,
        householdId: Id.optional(),
        consentKind: CaseConsentSchema.shape.kind.optional(),
        trusteeshipId: Id.optional(),
        format: DocumentFormatSchema,
        out: z.string().min(1).max(MAX_PATH_LENGTH),
        overwrite: z.boolean().default(false),
      })
      .strict()
      .refine((i) => i.document !== 'consent' || i.consentKind !== undefined, { message: '同意书须指明抵押（mortgage）或再流转（retransfer）', path: ['consentKind'] }),
    output: JobStartedSchema,
  },
} as const;
