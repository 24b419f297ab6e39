import type { Project } from '../../store/project';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { writerMethods } from '../methods/writers';

export function writerHandlers(project: Project): GroupHandlers<typeof writerMethods, CallContext> {
  return {
    'project.writers': () => project.writers.status(),
  };
}
