import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/api/contract';
import { ApiErrorSchema } from '../../../src/api/envelope';
import { methodInputSchemas } from '../../../src/api/json-schema';
import { createDemoProject } from '../../../src/api/project-files';
import { openApi, type ApiService } from '../../../src/api/service';
import { mutate } from './mutations';
import { Rng, sample, type Json, type JsonSchema } from './schema-sampler';

/**
 * Every API method gets generated payloads (from its JSON Schema) and mutated ones (wrong types, impossible
 * dates, huge numbers, `__proto__` keys, …) against a copy of the demo. Whatever comes in: the answer is an
 * envelope, never `internal`, and a refused call leaves the file exactly as it was (PRAGMA data_version of a
 * second connection moves on any commit).
 */

const VALID_PER_METHOD = 12;
const MUTATED_PER_METHOD = 36;
/** File fields point into the test's own folder: where a caller may write is another issue's subject. */
const PATH_KEYS = new Set(['out', 'outDir', 'path']);

let dir: string;
let api: ApiService;
let watcher: Database.Database;
const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'landlink-fuzz-'));
  mkdirSync(join(dir, 'out'));
  const file = join(dir, 'demo.gpkg');
  createDemoProject(file, 'fuzz');
  api = openApi(file, 'fuzz');
  watcher = new Database(file, { readonly: true });
}, 180_000);

afterAll(() => {
  watcher?.close();
  api?.close();
});

let pinned = 0;
/** Keeps every path field inside the test folder and documents on .docx (no browser started per call). */
function pin(value: unknown, method: string): unknown {
  if (Array.isArray(value)) return value.map((v) => pin(v, method));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (PATH_KEYS.has(key) && typeof v === 'string') out[key] = join(dir, 'out', `f${++pinned}`);
    else if (key === 'format' && method.startsWith('documents.') && v === 'pdf') out[key] = 'docx';
    else Object.defineProperty(out, key, { value: pin(v, method), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A started job is cancelled and awaited, so no background work commits between two checked calls. */
async function stopJob(jobId: string): Promise<void> {
  await api.dispatch('jobs.cancel', { id: jobId }, { actor: 'fuzz' });
  for (;;) {
    const res = await api.dispatch('jobs.get', { id: jobId }, { actor: 'fuzz' });
    if (!res.ok || (res.data as { state: string }).state !== 'running') return;
    await settle();
  }
}

interface Tally {
  sent: number;
  ok: number;
  refused: Record<string, number>;
}

async function send(method: string, text: string, kind: string, tally: Tally): Promise<void> {
  const input = pin(JSON.parse(text), method);
  const before = dataVersion();
  const envelope = await api.dispatch(method, input, { actor: 'fuzz' });
  tally.sent++;
  const where = `${method} (${kind}): ${text.slice(0, 300)}`;
  expect(typeof envelope.ok, where).toBe('boolean');
  if (envelope.ok) {
    tally.ok++;
    const jobId = (envelope.data as { jobId?: unknown } | null)?.jobId;
    if (typeof jobId === 'string') await stopJob(jobId);
    return;
  }
  expect(ApiErrorSchema.safeParse(envelope.error).success, where).toBe(true);
  expect(envelope.error.code, `${where}\n→ ${envelope.error.message}`).not.toBe('internal');
  expect(dataVersion(), `${where} was refused (${envelope.error.code}) but changed the file`).toBe(before);
  tally.refused[envelope.error.code] = (tally.refused[envelope.error.code] ?? 0) + 1;
}

const seedOf = (name: string) => [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

describe('every API method under generated and mutated payloads', () => {
  const schemas = methodInputSchemas() as Record<string, JsonSchema>;
  const total: Tally = { sent: 0, ok: 0, refused: {} };

  it.each(methodNames.map((m) => [m]))('%s answers an envelope, never internal, and changes nothing when it refuses', async (method) => {
    const rng = new Rng(seedOf(method));
    const tally: Tally = { sent: 0, ok: 0, refused: {} };
    for (let i = 0; i < VALID_PER_METHOD; i++) await send(method, JSON.stringify(sample(rng, schemas[method]!)), 'generated', tally);
    for (let i = 0; i < MUTATED_PER_METHOD; i++) {
      const { kind, text } = mutate(rng, sample(rng, schemas[method]!) as Json);
      await send(method, text, kind, tally);
    }
    total.sent += tally.sent;
    total.ok += tally.ok;
    for (const [code, n] of Object.entries(tally.refused)) total.refused[code] = (total.refused[code] ?? 0) + n;
  });

  afterAll(() => {
    const refused = Object.values(total.refused).reduce((s, n) => s + n, 0);
    console.log(`api fuzz: ${total.sent} requests to ${methodNames.length} methods, ${total.ok} ok, ${refused} refused with the file unchanged`, total.refused);
  });
});
