/** The demo project for `npm start`, the desktop shell and tests; generation lives behind the API. */
export { ensureDemoProject, userDataDir } from '../api/project-files';
