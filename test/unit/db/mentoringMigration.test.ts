import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../db/connection';
import { migrateDatabase, schemaVersion } from '../../../db/migrate';

it('0002_mentoring applies on top of a foundation database with records, keeping them', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-migration-'));
  const sqlite = openEncryptedDatabase(join(folder, 'trellis.db'), randomBytes(32), { create: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a database as it was before this migration
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateDatabase(db, '0001_foundation');
    await db
      .insertInto('faculty')
      .values({
        name: 'Ana García',
        email: 'ana.garcia@med.example.edu',
        department: 'Medicine',
        rank: 'Professor',
        career_stage: 'late',
        search_text: 'ana garcia',
        created_at: '2025-01-01T00:00:00.000Z',
        updated_at: '2025-01-01T00:00:00.000Z',
      })
      .execute();

    expect(await migrateDatabase(db, '0002_mentoring')).toEqual(['0002_mentoring']);
    expect(await schemaVersion(db)).toBe('0002_mentoring');
    expect((await db.selectFrom('faculty').select('name').execute()).map((r) => r.name)).toEqual(['Ana García']);

    const names = (type: string) =>
      (
        sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = ? ORDER BY name`).all(type) as { name: string }[]
      ).map((r) => r.name);
    expect(names('table')).toEqual(
      expect.arrayContaining([
        'programs',
        'program_target_ranks',
        'mentorships',
        'mentorship_goals',
        'mentorship_reviews',
        'meetings',
        'meeting_attendance',
        'change_requests',
        'peer_groups',
        'peer_group_members',
      ]),
    );
    expect(names('index')).toEqual(
      expect.arrayContaining([
        'mentorships_open_pair_unique',
        'mentorships_mentee',
        'mentorships_review',
        'meetings_mentorship',
        'meetings_peer_group',
        'peer_group_members_current_unique',
        'faculty_rank_active',
      ]),
    );

    // The database itself refuses what the rules refuse, should a bug ever get past the core.
    await db
      .insertInto('programs')
      .values({ id: 1, name: 'P', sponsor: 'OAA', created_at: 'x', updated_at: 'x' })
      .execute();
    const pair = {
      mentor_id: 1,
      mentee_id: 1,
      kind: 'mentor',
      program_id: 1,
      start_date: '2025-01-01',
      status: 'active',
      created_at: 'x',
      updated_at: 'x',
    };
    await expect(db.insertInto('mentorships').values(pair).execute()).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO meetings (held_on, duration_minutes, created_at) VALUES ('2025-01-01', 30, 'x')`.execute(db),
    ).rejects.toThrow(/CHECK/);
  } finally {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
});
