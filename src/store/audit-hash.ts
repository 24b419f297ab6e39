import { createHash } from 'node:crypto';

/** The stored fields of an audit row that its hash seals, as the columns hold them. */
export interface SealedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
}

/** What the first row of a chain continues from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the encoding below; a future change of encoding gets a new tag and never re-reads old rows with it. */
const ENCODING_TAG = 'landlink-audit-v1';

const netstring = (s: string): string => `${Buffer.byteLength(s, 'utf8')}:${s},`;
const field = (s: string | null): string => (s === null ? '-,' : netstring(s));

/**
 * The canonical encoding of one audit row, the bytes its hash is taken over. It is a run of netstrings
 * (D. J. Bernstein: the UTF-8 byte length in decimal, a colon, the bytes, a comma), so no field's content
 * can be mistaken for a field boundary, and any store (SQLite here, PostGIS later) can rebuild it:
 *
 *   ns("landlink-audit-v1") ns(prev_hash) ns(id) ns(at) ns(actor) ns(action) ns(entity)
 *   f(entity_id) f(before_json) f(after_json)
 *
 * where ns(s) is the netstring of s, f(null) is the two characters `-,` and f(s) is ns(s); prev_hash is the
 * previous row's hash (64 zeros for the first row), id is the row id in decimal without leading zeros, and
 * the JSON columns are taken as the stored text, byte for byte, never re-serialised.
 */
export function auditRowEncoding(prevHash: string, row: SealedFields): string {
  return (
    netstring(ENCODING_TAG) +
    netstring(prevHash) +
    netstring(String(row.id)) +
    netstring(row.at) +
    netstring(row.actor) +
    netstring(row.action) +
    netstring(row.entity) +
    field(row.entityId) +
    field(row.beforeJson) +
    field(row.afterJson)
  );
}

/** SHA-256 over the UTF-8 bytes of the canonical encoding, in lowercase hex. */
export const auditRowHash = (prevHash: string, row: SealedFields): string =>
  createHash('sha256').update(auditRowEncoding(prevHash, row), 'utf8').digest('hex');
