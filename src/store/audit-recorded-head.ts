import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ChainHashSchema } from '../domain/audit-chain';
import { cachedStatement } from './statement-cache';

/**
 * The chain head as LandLink last sealed it, kept beside the log (in `landlink_meta`) and moved in the
 * same transaction as every audit row. The log alone cannot show that its last rows were cut off, since
 * what remains is still a valid chain; the recorded head can. New rows continue from it rather than from
 * whatever row is last, so rows removed or added behind LandLink's back stay visible as a broken link
 * after later writes too.
 */
const RecordedHeadSchema = z.object({ id: z.number().int().positive(), hash: ChainHashSchema });
export type RecordedHead = z.infer<typeof RecordedHeadSchema>;

const KEY = 'audit_chain_head';

/** The recorded head; null when none is recorded or what is there is not a head. */
export function readRecordedHead(db: Database.Database): RecordedHead | null {
  const value = cachedStatement(db, `SELECT value FROM landlink_meta WHERE key = ?`).pluck().get(KEY) as string | undefined;
  if (value === undefined) return null;
  try {
    const parsed = RecordedHeadSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeRecordedHead(db: Database.Database, head: RecordedHead): void {
  cachedStatement(db, `INSERT INTO landlink_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
    KEY,
    JSON.stringify({ id: head.id, hash: head.hash }),
  );
}
