import { describe, expect, it } from 'vitest';
import { auditRowEncoding, auditRowHash, GENESIS_HASH } from '../../src/store/audit-hash';

const row = {
  id: 12,
  at: '2026-11-30T02:00:00.000Z',
  actor: '张三',
  action: 'update',
  entity: 'parcel',
  entityId: '3717221042060100001',
  beforeJson: '{"name":"东大地"}',
  afterJson: null,
};

describe('the canonical encoding of an audit row', () => {
  it('is the documented run of netstrings, UTF-8 byte lengths first and a dash for null', () => {
    expect(auditRowEncoding(GENESIS_HASH, row)).toBe(
      `17:landlink-audit-v1,64:${GENESIS_HASH},2:12,24:2026-11-30T02:00:00.000Z,6:张三,6:update,6:parcel,19:3717221042060100001,20:{"name":"东大地"},-,`,
    );
  });

  it('hashes to SHA-256 of those bytes, a digest fixed for every file already sealed', () => {
    // The digest of the encoding above as Python's hashlib.sha256 gives it: another store must agree.
    expect(auditRowHash(GENESIS_HASH, row)).toBe('d993ac51c9adbe34bf3273173c0e5d2a326f4b6d020fcbfe15d7da306f96ce6d');
  });

  it('tells null from an empty text, and a field from content that imitates a boundary', () => {
    expect(auditRowHash(GENESIS_HASH, { ...row, afterJson: '' })).not.toBe(auditRowHash(GENESIS_HASH, row));
    const split = { ...row, actor: 'a', action: 'b' };
    const joined = { ...row, actor: 'a,1:b', action: '' };
    expect(auditRowEncoding(GENESIS_HASH, split)).not.toBe(auditRowEncoding(GENESIS_HASH, joined));
  });

  it('changes with the previous hash, so every row seals the ones before it', () => {
    expect(auditRowHash('f'.repeat(64), row)).not.toBe(auditRowHash(GENESIS_HASH, row));
  });
});
