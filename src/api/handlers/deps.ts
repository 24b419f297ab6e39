import type { Project } from '../../store/project';
import type { PdfPrinter } from '../../io/documents/print/print-page';
import type { JobRegistry } from '../jobs';

/** What every handler group is bound to: the open project and the job registry of this process. */
export interface HandlerDeps {
  project: Project;
  jobs: JobRegistry;
  /** Opens a PDF printer for one job; Chromium by default, printToPDF in the Electron shell. */
  printer?: () => PdfPrinter;
}
