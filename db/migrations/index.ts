import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001_foundation';
import * as mentoring from './0002_mentoring';
import * as matrix from './0003_matrix';
import * as imports from './0004_imports';
import * as awardsDocuments from './0005_awards_documents';
import * as matching from './0006_matching';
import * as workshops from './0007_workshops';
import * as auditChain from './0008_audit_chain';

/**
 * Every migration, in order. Listed inline because bundling the main process
 * breaks providers that scan a folder at run time. Names sort in order.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_mentoring': mentoring,
  '0003_matrix': matrix,
  '0004_imports': imports,
  '0005_awards_documents': awardsDocuments,
  '0006_matching': matching,
  '0007_workshops': workshops,
  '0008_audit_chain': auditChain,
};

export const migrationNames = Object.keys(migrations);
export const latestMigration = migrationNames[migrationNames.length - 1]!;

export const inlineMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
