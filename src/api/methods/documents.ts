import { z } from 'zod';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';
import { MAX_CODE_LENGTH, MAX_PATH_LENGTH } from '../../domain/input-limits';
import { JobStartedSchema } from './jobs';

export const DocumentFormatSchema = z.enum(['docx', 'pdf']);

export const DocumentsReportSchema = z.object({
  format: DocumentFormatSchema,
  /** Every file written, one per contract or proposal. */
  files: z.array(z.string()),
  /** Documents printed with the 草稿 watermark (a draft contract, or any error finding). */
  drafts: z.number().int(),
});
export type DocumentsReport = z.infer<typeof DocumentsReportSchema>;

const Id = z.number().int().positive();

/** Printing contracts and relocation proposals as .docx or A4 PDF; all run as jobs whose result is a DocumentsReport. */
export const documentMethods = {
  'documents.contract': {
    input: z
      .object({
        id: Id,
        format: DocumentFormatSchema,
        out: z.string().min(1).max(MAX_PATH_LENGTH),
        overwrite: z.boolean().default(false),
        /** Ask for the final copy: refused while the contract is a draft or has an error finding. */
        final: z.boolean().default(false),
      })
      .strict(),
    output: JobStartedSchema,
  },
  'documents.batch': {
    input: z
      .object({
        scope: z.union([
          z.object({ transfereePartyId: Id }).strict(),
          z.object({ villageCode: z.string().regex(/^\d{12}$/) }).strict(),
          z.object({ all: z.literal(true) }).strict(),
        ]),
        format: DocumentFormatSchema,
        outDir: z.string().min(1).max(MAX_PATH_LENGTH),
        overwrite: z.boolean().default(false),
      })
      .strict(),
    output: JobStartedSchema,
  },
  /** The relocation proposal (搬迁安置方案) of a linkage project, by id or by its code; figures as of `asOf` (default today). */
  'documents.proposal': {
    input: z
      .object({
        projectId: Id.optional(),
        code: z.string().trim().min(1).max(MAX_CODE_LENGTH).optional(),
        format: DocumentFormatSchema,
        out: z.string().min(1).max(MAX_PATH_LENGTH),
        overwrite: z.boolean().default(false),
        asOf: CalendarDateSchema.optional(),
      })
      .strict()
      .refine((i) => (i.projectId === undefined) !== (i.code === undefined), { message: 'give either projectId or code', path: ['projectId'] }),
    output: JobStartedSchema,
  },
} as const;

/** A file name for a contract in a batch folder: its number, else its draft id. */
export function contractFileName(c: { id: number; number: string | null }, format: z.infer<typeof DocumentFormatSchema>): string {
  const stem = c.number ? c.number.replace(/[\\/:*?"<>|\s]+/g, '_') : `draft-${c.id}`;
  return `${stem}.${format}`;
}
