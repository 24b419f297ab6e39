import { WriterStatusSchema } from '../../domain/writer';
import { Empty } from '../schemas';

/** Who writes the project file: what this process waits for, who holds the file, who else has it open. */
export const writerMethods = {
  'project.writers': { input: Empty, output: WriterStatusSchema },
} as const;
