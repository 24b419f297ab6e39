import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { JobRegistry } from '../jobs';
import type { jobMethods } from '../methods/jobs';

const missing = (id: string) => new ApiFailure('not_found', `job ${id} not found`, [{ path: 'id', message: 'no such job' }]);

export function jobHandlers(jobs: JobRegistry): GroupHandlers<typeof jobMethods, CallContext> {
  return {
    'jobs.get': ({ id }) => jobs.get(id) ?? (() => { throw missing(id); })(),
    'jobs.cancel': ({ id }) => jobs.cancel(id) ?? (() => { throw missing(id); })(),
  };
}
