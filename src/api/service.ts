import { userInfo } from 'node:os';
import type { Clock } from '../domain/calendar/clock';
import type { PdfPrinter } from '../io/documents/print/print-page';
import { Project, type OpenOptions } from '../store/project';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { JobRegistry } from './jobs';

export interface ApiService {
  dispatch: Dispatch;
  project: Project;
  jobs: JobRegistry;
  close(): void;
}

export type { PdfPrinter, PrintPage } from '../io/documents/print/print-page';

export interface ApiOptions {
  /** How PDFs are printed: Chromium on the machine by default; the Electron shell passes printToPDF. */
  printer?: () => PdfPrinter;
  /** The clock of every date and stamp; the system clock unless a test or LANDLINK_CLOCK freezes it. */
  clock?: Clock;
  /** How this process names itself to other writers of the file, and whether it is a long-lived session. */
  writer?: OpenOptions['writer'];
}

/** Opens a project file and binds the API to it; every transport goes through `dispatch`. */
export function openApi(file: string, actor = safeUser(), options: ApiOptions = {}): ApiService {
  const project = Project.open(file, actor, { clock: options.clock, writer: options.writer });
  const jobs = new JobRegistry(project.clock);
  return { dispatch: createDispatch(createHandlers({ project, jobs, ...options }), project), project, jobs, close: () => project.close() };
}

export function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
