import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditEntryHash, genesisHash } from '../../../../db/auditChain';
import { findFirstProblem, type ChainedRow } from '../../../../electron/core/audit/verify';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => (step = await databaseBefore('0008_audit_chain')));
afterEach(() => step.close());

it('0008_audit_chain chains the audit entries an office already has, in order, and requires both hashes', async () => {
  const entry = (recordId: string) => ({
    at: stamp,
    actor: 'coordinator',
    operation: 'faculty.create',
    record_type: 'faculty',
    record_id: recordId,
  });
  await step.db.insertInto('audit_log').values(['1', '2', '3'].map(entry)).execute();

  expect(await step.apply()).toEqual([]);
  const rows = (await step.db.selectFrom('audit_log').selectAll().orderBy('id').execute()) as ChainedRow[];
  expect(rows.map((row) => [row.id, row.record_id])).toEqual([
    [1, '1'],
    [2, '2'],
    [3, '3'],
  ]);
  expect(rows.map((row) => row.prev_hash)).toEqual([genesisHash, rows[0]!.hash, rows[1]!.hash]);
  for (const row of rows) expect(auditEntryHash(row)).toBe(row.hash);
  // The chain the migration made is the one audit.verify checks.
  expect(findFirstProblem(rows, { id: 3, hash: rows[2]!.hash })).toBeNull();

  // The database refuses an entry without its hashes, should a bug ever try.
  await expect(
    step.db
      .insertInto('audit_log')
      .values({ id: 4, ...entry('4') })
      .execute(),
  ).rejects.toThrow(/constraint/i);
  const indexes = step.sqlite.pragma('index_list(audit_log)') as { name: string }[];
  expect(indexes.map((index) => index.name).sort()).toEqual([
    'audit_log_actor',
    'audit_log_at',
    'audit_log_operation',
    'audit_log_record',
  ]);
});

it('0008_audit_chain leaves an empty audit log empty', async () => {
  await step.apply();
  expect(await step.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
});
