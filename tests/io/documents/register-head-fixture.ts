import type { AuditChainHead } from '../../../src/domain/audit-chain';

/** The audit chain head a test document is printed at; its footer mark reads 记录 #1234 · 7c0daa78. */
export const PRINTED_AT: AuditChainHead = { id: 1234, at: '2026-11-30T02:00:00.000Z', hash: `7c0daa78${'e'.repeat(56)}` };
export const PRINTED_MARK = '记录 #1234 · 7c0daa78';
