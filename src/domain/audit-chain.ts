import { z } from 'zod';

/** A SHA-256 digest in lowercase hex, as every audit row carries it. */
export const ChainHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');

/**
 * The newest row of a project's audit chain: its id (in an intact chain also the number of rows, since ids
 * run 1, 2, 3, … without gaps), its instant and its hash, which seals every row before it. Shown as the file
 * holds them, even where someone has damaged them: whether they are sound is for the verification to say.
 */
export const AuditChainHeadSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  hash: z.string(),
});
export type AuditChainHead = z.infer<typeof AuditChainHeadSchema>;

/** How many hex digits of the head's hash are shown and printed: enough to tell states of one file apart. */
const SHORT_HASH_DIGITS = 8;

export const shortHash = (hash: string): string => hash.slice(0, SHORT_HASH_DIGITS);

/**
 * What can be wrong with the audit log; a verification reports the first bad row, and for a row with several
 * problems the first of them in the order a gap, the link, the content, the instant:
 * - `row_missing`: an id is absent (a row was deleted), or the log ends before the head LandLink recorded;
 * - `out_of_order`: a row's instant is earlier than the row before it (a back-dated row);
 * - `link_broken`: a row does not continue from the hash before it (rows inserted, removed and re-sealed,
 *   or written behind LandLink's back past its recorded head);
 * - `content_changed`: a row's fields no longer give its hash (edited in place);
 * - `file_damaged`: SQLite's own `PRAGMA integrity_check` found the file damaged.
 */
export const AuditProblemSchema = z.enum(['row_missing', 'out_of_order', 'link_broken', 'content_changed', 'file_damaged']);
export type AuditProblem = z.infer<typeof AuditProblemSchema>;

export const AuditFindingSchema = z.object({
  /** The first bad row; null when the finding is about the file as a whole. */
  id: z.number().int().nullable(),
  problem: AuditProblemSchema,
  /** The finding in words, naming the row, the hashes or instants involved. */
  message: z.string(),
});
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

/** The outcome of walking the whole chain: ok, or the first bad row. */
export const AuditVerificationSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), rows: z.number().int().nonnegative(), head: AuditChainHeadSchema.nullable() }),
  z.object({
    ok: z.literal(false),
    /** Rows found good before the finding. */
    rows: z.number().int().nonnegative(),
    head: AuditChainHeadSchema.nullable(),
    finding: AuditFindingSchema,
  }),
]);
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
