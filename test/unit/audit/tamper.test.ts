import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntryHash, genesisHash } from '../../../db/auditChain';
import { readKeySlotFile } from '../../../db/keySlots';
import type { SqliteDatabase } from '../../../db/connection';
import { addPeople } from '../../support/backups';
import { createTempCore, testPassphrase, type TempCore } from '../../support/tempCore';

/**
 * Each way of tampering with the audit log, done the way someone holding the
 * passphrase would (SQL on the open database), and found at the exact entry.
 * Ten people added: entries #1 to #10.
 */

let temp: TempCore;
let sqlite: SqliteDatabase;
beforeEach(async () => {
  temp = await createTempCore();
  await addPeople(
    temp.core,
    Array.from({ length: 10 }, (_, i) => `Person ${String.fromCharCode(65 + i)}vers`),
  );
  sqlite = temp.core.session.current()!.sqlite;
});
afterEach(() => temp.dispose());

const verify = () => temp.core.call('audit.verify', {});
const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);

interface Row {
  id: number;
  at: string;
  actor: string;
  operation: string;
  record_type: string;
  record_id: string;
  prev_hash: string;
  hash: string;
}

/** Recomputes every link and hash from `fromId` on, as someone who knows the format would. */
function rechain(fromId = 1): void {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[];
  let prev = genesisHash;
  for (const row of rows) {
    if (row.id >= fromId) {
      const hash = auditEntryHash({ ...row, prev_hash: prev });
      run('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?', prev, hash, row.id);
      prev = hash;
    } else prev = row.hash;
  }
}

describe('audit.verify', () => {
  it('an untouched log verifies, and the key file keeps its last entry as the checkpoint', async () => {
    expect(await verify()).toEqual({
      ok: true,
      entries: 10,
      lastId: 10,
      checkpointId: 10,
      finding: null,
      earlierWarnings: [],
    });
    const last = sqlite.prepare('SELECT id, hash FROM audit_log WHERE id = 10').get();
    expect((await readKeySlotFile(temp.databasePath)).auditCheckpoint).toEqual(last);
  });

  it.each(['at', 'actor', 'operation', 'record_type', 'record_id', 'hash'])(
    'an entry whose %s was edited is reported as changed, at that entry',
    async (column) => {
      run(`UPDATE audit_log SET ${column} = ? WHERE id = 4`, column === 'hash' ? 'f'.repeat(64) : 'edited');
      expect((await verify()).finding).toMatchObject({ problem: 'changed', id: 4 });
    },
  );

  it('an entry whose number was changed is reported at its new number', async () => {
    run('UPDATE audit_log SET id = 11 WHERE id = 10');
    expect((await verify()).finding).toMatchObject({ problem: 'changed', id: 11 });
  });

  it('a removed entry is reported by its number', async () => {
    run('DELETE FROM audit_log WHERE id = 6');
    const { finding } = await verify();
    expect(finding).toMatchObject({ problem: 'removed', id: 6 });
    expect(finding!.message).toContain('#6');
  });

  it('a removed entry is found also when the numbers after it were closed up', async () => {
    run('DELETE FROM audit_log WHERE id = 6');
    run('UPDATE audit_log SET id = -(id - 1) WHERE id > 6');
    run('UPDATE audit_log SET id = -id WHERE id < 0');
    expect((await verify()).finding).toMatchObject({ problem: 'removed', id: 6 });
  });

  it('the first entry removed is reported as #1', async () => {
    run('DELETE FROM audit_log WHERE id = 1');
    expect((await verify()).finding).toMatchObject({ problem: 'removed', id: 1 });
  });

  it('two entries swapped are reported as reordered, at the first of them', async () => {
    run('UPDATE audit_log SET id = -3 WHERE id = 3');
    run('UPDATE audit_log SET id = 3 WHERE id = 7');
    run('UPDATE audit_log SET id = 7 WHERE id = -3');
    expect((await verify()).finding).toMatchObject({ problem: 'reordered', id: 3 });
  });

  it('an entry slipped in between two others is reported as forged, even with a well-made hash', async () => {
    run('UPDATE audit_log SET id = -(id + 1) WHERE id >= 5');
    run('UPDATE audit_log SET id = -id WHERE id < 0');
    const before = sqlite.prepare('SELECT hash FROM audit_log WHERE id = 4').pluck().get() as string;
    const forged = {
      id: 5,
      at: '2026-11-23T12:00:00.000Z',
      actor: 'test-user',
      operation: 'faculty.delete',
      record_type: 'faculty',
      record_id: '3',
      prev_hash: before,
    };
    run(
      'INSERT INTO audit_log (id, at, actor, operation, record_type, record_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ...Object.values(forged),
      auditEntryHash(forged),
    );
    expect((await verify()).finding).toMatchObject({ problem: 'forged', id: 5 });
  });

  it('the last entries cut off are reported from the first one missing', async () => {
    run('DELETE FROM audit_log WHERE id > 7');
    const { finding } = await verify();
    expect(finding).toMatchObject({ problem: 'cut-off', id: 8 });
    expect(finding!.message).toContain('#8 to #10');
  });

  it('a log rewritten with every hash recomputed is caught by the checkpoint outside the database', async () => {
    run("UPDATE audit_log SET actor = 'someone else' WHERE id = 2");
    rechain(2);
    expect((await verify()).finding).toMatchObject({ problem: 'rewritten', id: 10 });
  });
});

describe('the checkpoint at unlock', () => {
  it('a log cut short while the records were closed opens with a warning, recorded in the log itself', async () => {
    run('DELETE FROM audit_log WHERE id > 7');
    await temp.core.call('vault.lock', {});

    const unlocked = await temp.core.call('vault.unlock', { passphrase: testPassphrase });
    expect(unlocked.auditWarning).toMatch(/ends before entry #10/);
    expect((await temp.core.call('vault.status', {})).auditWarning).toBe(unlocked.auditWarning);
    const noted = temp.core.session
      .current()!
      .sqlite.prepare('SELECT id, actor, operation, record_id FROM audit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(noted).toEqual({ id: 8, actor: 'test-user', operation: 'audit.checkpointMismatch', record_id: '10' });

    // Said once: the checkpoint moved to the new end, and verify lists the earlier warning.
    const verified = await verify();
    expect(verified).toMatchObject({ ok: true, checkpointId: 8, earlierWarnings: [{ id: 8 }] });
    await temp.core.call('vault.lock', {});
    expect((await temp.core.call('vault.unlock', { passphrase: testPassphrase })).auditWarning).toBeUndefined();
  });

  it('an untouched log opens without a warning', async () => {
    await temp.core.call('vault.lock', {});
    expect(await temp.core.call('vault.unlock', { passphrase: testPassphrase })).not.toHaveProperty('auditWarning');
  });
});
