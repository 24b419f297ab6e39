import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without its
 * fallback of downloading one: requiring 'electron' from Node would hang or fail offline.
 * Returns null when no runnable binary is there.
 */
export function findElectronBinary(electronPackageDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf-8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, executable ?? 'electron')
    : executable
      ? path.join(electronPackageDir, 'dist', executable)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}
