import { userInfo } from 'node:os';
import { Project } from '../store/project';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { JobRegistry } from './jobs';

export interface ApiService {
  dispatch: Dispatch;
  project: Project;
  jobs: JobRegistry;
  close(): void;
}

/** Opens a project file and binds the API to it; every transport goes through `dispatch`. */
export function openApi(file: string, actor = safeUser()): ApiService {
  const project = Project.open(file, actor);
  const jobs = new JobRegistry();
  return { dispatch: createDispatch(createHandlers({ project, jobs })), project, jobs, close: () => project.close() };
}

export function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
