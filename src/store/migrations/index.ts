import { initial } from './001-initial';
import { importEdit } from './002-import-edit';
import { contracts } from './003-contracts';
import { linkage } from './004-linkage';
import { cases } from './005-cases';
import { auditChain } from './006-audit-chain';
import { contractAmendments } from './007-contract-amendments';
import { contractCorrections } from './008-contract-corrections';
import type { Migration } from './migration';

/** Every schema migration, oldest first; the file records which have run in landlink_migrations. */
export const MIGRATIONS: readonly Migration[] = [initial, importEdit, contracts, linkage, cases, auditChain, contractAmendments, contractCorrections];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
