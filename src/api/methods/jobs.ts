import { z } from 'zod';
import { ApiErrorSchema } from '../envelope';
import { MAX_CODE_LENGTH } from '../../domain/input-limits';

export const JobSnapshotSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ phase: z.string(), done: z.number(), total: z.number() }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The job's result; its shape is the `result` schema of the method that started the job. */
  result: z.unknown(),
  error: ApiErrorSchema.nullable(),
});
export type JobSnapshotOut = z.infer<typeof JobSnapshotSchema>;

export const JobStartedSchema = z.object({ jobId: z.string() });

const JobId = z.object({ id: z.string().min(1).max(MAX_CODE_LENGTH) }).strict();

/** Progress and cancellation of long work started by other methods. */
export const jobMethods = {
  'jobs.get': { input: JobId, output: JobSnapshotSchema },
  'jobs.cancel': { input: JobId, output: JobSnapshotSchema },
} as const;
