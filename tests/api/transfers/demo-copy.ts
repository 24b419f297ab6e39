import { copyFileSync } from 'node:fs';
import { createDemoProject } from '../../../src/api/project-files';
import { openApi, type ApiService } from '../../../src/api/service';
import { tempFile } from '../../store/fixtures';

/** One demo project made once per test file; each test opens its own copy. */
let master: string | null = null;

export interface DemoApi {
  api: ApiService;
  file: string;
  /** The call's data, or a throw with the core's message. */
  get(method: string, input: unknown): Promise<any>;
  /** The envelope as is, for refusals. */
  call(method: string, input: unknown): Promise<any>;
}

export function demoApi(): DemoApi {
  if (!master) {
    master = tempFile('demo.gpkg');
    createDemoProject(master, 'tester');
  }
  const file = tempFile();
  copyFileSync(master, file);
  const api = openApi(file, 'tester');
  const ctx = { actor: 'tester' };
  return {
    api,
    file,
    call: (method, input) => api.dispatch(method, input, ctx),
    async get(method, input) {
      const res = await api.dispatch(method, input, ctx);
      if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
      return res.data;
    },
  };
}
