import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { demoCases } from '../../resources/demo/cases';
import { demoContracts } from '../../resources/demo/contracts';
import { generateDemo } from '../../resources/demo/generate';
import { auditRowCount } from '../store/audit';
import { peekProjectMeta, Project, type OpenOptions, type ProjectMeta } from '../store/project';
import { writeProjectData } from '../store/project-data-writer';
import { projectInfo } from '../store/project-info';
import { caseInfo } from './cases/case-board';
import { seedDemoCases } from './cases/seed-demo-cases';
import { seedDemoContracts } from './contracts/seed-demo-contracts';
import { seedDemoLinkage } from './linkage/seed-demo-linkage';

/** Whole-file operations the command line and the desktop shell need besides method calls. */

export const DEMO_NAME = '谢集镇示例项目（虚构数据）';
export const DEMO_FILE_NAME = 'landlink-demo.gpkg';
/**
 * The version of the demo's content, kept in the file's metadata: raise it whenever the generator or the
 * seeded records change, and a machine keeping an older demo gets the new one on next start.
 */
export const DEMO_VERSION = 4;

export { ProjectError } from '../store/project';

export function createEmptyProject(file: string, meta: ProjectMeta, actor: string, options: OpenOptions = {}): void {
  Project.create(file, meta, actor, options).close();
}

/** Writes the synthetic demo into a new project file; a failure leaves no file behind. */
export function createDemoProject(file: string, actor: string, options: OpenOptions = {}): void {
  const project = Project.create(file, { name: DEMO_NAME, srsId: 4527, synthetic: true, demoVersion: DEMO_VERSION }, actor, options);
  try {
    const data = generateDemo();
    writeProjectData(project, data, actor, 'demo');
    seedDemoContracts(project, demoContracts(data), actor);
    seedDemoCases(project, demoCases(), actor);
    seedDemoLinkage(project, actor);
    project.close();
  } catch (err) {
    project.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    throw err;
  }
}

/**
 * `landlink info`: the store's counts and totals with the case counts (per stage, lane and status), which
 * resolve every contract, and the audit rows counted. The screen's `project.info`, re-read after every
 * edit, leaves out both.
 */
export function readProjectInfo(file: string, actor: string, options: OpenOptions = {}) {
  const project = Project.open(file, actor, options);
  try {
    return { ...projectInfo(project), auditRows: auditRowCount(project.db), cases: caseInfo(project, project.today()) };
  } finally {
    project.close();
  }
}

/** Where LandLink keeps per-user files: LANDLINK_HOME, else the platform's data folder. */
export function userDataDir(): string {
  if (process.env.LANDLINK_HOME) return process.env.LANDLINK_HOME;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'LandLink');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'landlink');
}

/**
 * The bundled demo project's path, generated on first use from its fixed seed. A demo written by an older
 * generator is set aside (`landlink-demo.gpkg.v3`, the planner's trials in it kept) and written anew.
 */
export function ensureDemoProject(dir = userDataDir(), actor = 'landlink', options: OpenOptions = {}): string {
  const file = join(dir, DEMO_FILE_NAME);
  if (existsSync(file)) {
    const version = peekProjectMeta(file)?.demoVersion ?? 0;
    if (version >= DEMO_VERSION) return file;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, `${file}.v${version}${suffix}`);
  }
  mkdirSync(dir, { recursive: true });
  createDemoProject(file, actor, options);
  return file;
}
