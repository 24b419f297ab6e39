import type { Project } from '../../store/project';
import type { JobRegistry } from '../jobs';

/** What every handler group is bound to: the open project and the job registry of this process. */
export interface HandlerDeps {
  project: Project;
  jobs: JobRegistry;
}
