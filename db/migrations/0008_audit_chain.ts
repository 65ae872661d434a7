import type { Kysely } from 'kysely';
import { auditEntryHash, genesisHash } from '../auditChain';

/**
 * Frozen: the audit log becomes a hash chain (db/auditChain.ts, format v1).
 * The table is rebuilt so that both hashes are NOT NULL, and every existing
 * entry is chained in id order, so an office's history is covered from its
 * first entry. Ids are now given by the writer (one after the other), not by
 * AUTOINCREMENT. Indexes for finding entries by who, what and when (the audit
 * list). Never edit; later changes go in new migrations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log_chained')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  let prev = genesisHash;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'at', 'actor', 'operation', 'record_type', 'record_id'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    const chained = rows.map((row) => {
      const content = { ...row, prev_hash: prev };
      const hash = auditEntryHash(content);
      prev = hash;
      return { ...content, hash };
    });
    for (let start = 0; start < chained.length; start += 100) {
      await db
        .insertInto('audit_log_chained')
        .values(chained.slice(start, start + 100))
        .execute();
    }
    after = rows[rows.length - 1]!.id as number;
  }

  await db.schema.dropTable('audit_log').execute();
  await db.schema.alterTable('audit_log_chained').renameTo('audit_log').execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'at']).execute();
  await db.schema.createIndex('audit_log_operation').on('audit_log').columns(['operation', 'at']).execute();
}
