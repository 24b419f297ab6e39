import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/**
 * Command-line arguments of the desktop app and of `npm start`.
 */

/**
 * The `--project <file>` (or `--project=<file>`) of an Electron argv, resolved against `cwd`.
 * Lenient on purpose: Electron's argv also holds the app path and Chromium switches.
 */
export function projectFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--project') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? path.resolve(cwd, next) : null;
    }
    if (arg?.startsWith('--project=')) {
      const value = arg.slice('--project='.length);
      return value ? path.resolve(cwd, value) : null;
    }
  }
  return null;
}

export interface StartOptions {
  /** Absolute path of the project to open; null opens the bundled demo. */
  project: string | null;
  /** Port for the browser host; 0 lets the OS choose. */
  port: number;
}

const PortSchema = z.coerce.number({ error: 'port must be a number' }).int('port must be a whole number').min(0).max(65535);

/** Parses `npm start` arguments; throws an Error with a one-line message on bad input. */
export function parseStartArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { project: { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const rawPort = values.port ?? env.PORT ?? '0';
  const port = PortSchema.safeParse(rawPort.trim() === '' ? '0' : rawPort);
  if (!port.success) throw new Error(`--port ${rawPort}: ${port.error.issues[0]?.message ?? 'invalid port'}`);
  if (values.project === '') throw new Error('--project needs a file');
  return { project: values.project === undefined ? null : path.resolve(cwd, values.project), port: port.data };
}
