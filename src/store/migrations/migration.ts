import type Database from 'better-sqlite3';

export interface MigrationContext {
  /** EPSG code of the project's feature tables, chosen when the project is created. */
  srsId: number;
}

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database, ctx: MigrationContext): void;
}
