import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../electron/cli/commands/imports/run';
import type { BatchSummary, UndoResult } from '../../../electron/core/imports/contract';
import type { SurveyReport } from '../../../electron/core/surveys/contract';
import { createTempCore, testPassphrase, tempDir, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

const fixtures = join(__dirname, '../../../../shared/fixtures');
const fixture = (name: string) => join(fixtures, name);
const survey = ['--survey', 'Annual Mentoring Survey', '--year', '2026'];

/** Every table's row count, and the audit log's: what "nothing was written" is checked against. */
async function snapshot(made: TempCore): Promise<Record<string, number>> {
  await made.core.call('vault.unlock', { passphrase: testPassphrase });
  try {
    const { kysely } = made.core.session.require();
    const tables = [
      'faculty',
      'surveys',
      'survey_questions',
      'survey_responses',
      'survey_effects',
      'import_batches',
      'import_batch_items',
      'import_rejected_rows',
      'import_mappings',
      'change_requests',
      'audit_log',
    ] as const;
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { n } = await kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(n);
    }
    return counts;
  } finally {
    await made.core.close();
  }
}

describe('trellis import and trellis survey', { timeout: 120_000 }, () => {
  let made: TempCore;
  let out: ReturnType<typeof tempDir>;
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: out.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });
  const json = async <T>(args: string[]): Promise<T> => {
    const result = await run([...args, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  };
  const file = (name: string, content: string | Buffer) => {
    const path = join(out.path, name);
    writeFileSync(path, content);
    return path;
  };
  let rosterBatch: number;
  let msformsBatch: number;

  beforeAll(async () => {
    out = tempDir('trellis-cli-imports-');
    made = await createTempCore();
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    out.remove();
  });

  it('a roster dry run reports what would change and leaves the database exactly as it was', async () => {
    const before = await snapshot(made);
    const report = await json<ImportReport>(['import', 'roster', fixture('faculty-roster.xlsx'), '--dry-run']);
    expect(report).toMatchObject({
      batchId: null,
      dryRun: true,
      rows: 301,
      inserted: 300,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      duplicates: 1,
      matched: { byEmployeeId: 0, byEmail: 0, byName: 0 },
      ambiguous: 0,
      unmatched: 300,
      errors: [],
      // The title above the headings, the blank row and the total row under the data: not people.
      leftOut: [
        { row: 1, reason: 'title' },
        { row: 305, reason: 'blank' },
        { row: 306, reason: 'summary' },
      ],
      leftOutCount: 3,
    });
    expect(await snapshot(made)).toEqual(before);
  });

  it('imports the roster: the issue’s fields in --json, a short summary for people, and the same file again adds nothing', async () => {
    const report = await json<ImportReport>(['import', 'roster', fixture('faculty-roster.xlsx')]);
    expect(report).toMatchObject({
      dryRun: false,
      kind: 'roster',
      rows: 301,
      inserted: 300,
      duplicates: 1,
      errors: [],
      previousImport: null,
    });
    expect(report.batchId).toEqual(expect.any(Number));
    rosterBatch = report.batchId!;
    for (const field of ['updated', 'unchanged', 'skipped', 'ambiguous', 'unmatched'])
      expect(report).toHaveProperty(field, expect.any(Number));

    const again = await run(['import', 'roster', fixture('faculty-roster.xlsx')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Imported faculty-roster\.xlsx \(sheet .+\) as a roster: import \d+\.$/m);
    expect(again.stdout).toMatch(/this file was imported before \(import \d+/);
    expect(again.stdout).toMatch(/301 rows read: 0 new people, 0 updated, 300 unchanged/);
    expect(again.stdout).toMatch(/Matched to people: \d+ by employee id, \d+ by email, \d+ by name/);
    expect(again.stdout).toContain(
      [
        '3 rows left out, not data:',
        '  row 1: a title above the column headings',
        '  row 305: blank',
        '  row 306: a total or summary row',
      ].join('\n'),
    );
    expect(again.stdout).toMatch(/^To undo it: trellis import undo \d+$/m);
    expect(again.stdout.split('\n').length).toBeLessThan(16);
  });

  it('imports each survey layout into one survey: Microsoft Forms creates it, Qualtrics and Google Forms add to it', async () => {
    const missing = await run(['import', 'survey', fixture('survey-msforms.xlsx'), ...survey]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^trellis: NOT_FOUND: There is no survey named “Annual Mentoring Survey” for 2026\..*--create/,
    );
    expect(missing.stdout).toBe('');

    const msforms = await json<ImportReport>([
      'import',
      'survey',
      fixture('survey-msforms.xlsx'),
      ...survey,
      '--create',
    ]);
    msformsBatch = msforms.batchId!;
    expect(msforms).toMatchObject({
      kind: 'survey',
      rows: 161,
      inserted: 160,
      duplicates: 1,
      matched: { byEmail: 147, byName: 7 },
      ambiguous: 1,
      unmatched: 6,
      errors: [],
      survey: { name: 'Annual Mentoring Survey', year: 2026, created: true },
    });
    // Without a terminal, the ambiguous row follows its documented default: kept, linked to no one.
    expect(msforms.review.filter((r) => r.status === 'ambiguous')).toEqual([
      expect.objectContaining({ defaultAction: 'keepUnlinked', candidates: 2 }),
    ]);
    // Effects are proposed, never applied without being asked.
    expect(msforms.effects).toMatchObject({ proposed: { changeRequests: 27 }, applied: { changeRequests: 0 } });

    const qualtrics = await json<ImportReport>(['import', 'survey', fixture('survey-qualtrics.xlsx'), ...survey]);
    expect(qualtrics).toMatchObject({ rows: 161, inserted: 0, partial: 8, errors: [] });
    expect(qualtrics.matched.byEmployeeId).toBeGreaterThan(0);
    expect(qualtrics.survey).toMatchObject({ id: msforms.survey!.id, created: false });

    const google = await run([
      'import',
      'survey',
      fixture('survey-googleforms.csv'),
      '--survey',
      'annual mentoring survey',
    ]);
    expect(google.code).toBe(0);
    expect(google.stdout).toMatch(
      /^Imported survey-googleforms\.csv .* survey “Annual Mentoring Survey” \(2026\): import \d+\./,
    );
    expect(google.stdout).toMatch(/rows read: 0 new responses/);
  });

  it('reads coded answers through --codebook and columns through --mapping', async () => {
    const csv = file(
      'redcap.csv',
      [
        'record_id,annual_mentoring_survey_timestamp,work_address,has_mentor,satisfaction,topics___1,topics___2,annual_mentoring_survey_complete',
        'R1,2026-11-02 10:00:00,aisha.anderson@med.example.edu,1,4,1,0,2',
        'R2,2026-11-03 11:00:00,farah.dubois@med.example.edu,0,,0,1,2',
      ].join('\n'),
    );
    const codebook = file(
      'codebook.json',
      JSON.stringify({
        has_mentor: '1, Yes | 0, No',
        satisfaction: { 1: 'Very dissatisfied', 2: 'Dissatisfied', 3: 'Neutral', 4: 'Satisfied', 5: 'Very satisfied' },
        topics: { 1: 'Integrated care', 2: 'Trauma' },
      }),
    );
    const mapping = file('mapping.json', JSON.stringify({ work_address: 'email' }));
    const report = await json<ImportReport>([
      'import',
      'survey',
      csv,
      ...survey,
      '--codebook',
      codebook,
      '--mapping',
      mapping,
      '--dry-run',
    ]);
    expect(report).toMatchObject({ rows: 2, matched: { byEmail: 2 }, errorCount: 0, warningCount: 0 });

    const badMapping = await run(['import', 'survey', csv, ...survey, '--mapping', file('bad.json', '{"x": 3}')]);
    expect(badMapping.code).toBe(1);
    expect(badMapping.stderr).toMatch(/^trellis: VALIDATION: In the mapping file, “x” must map to a field name/);
    const notJson = await run(['import', 'roster', csv, '--mapping', file('not.json', 'email,name')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
  });

  it('refuses files it cannot read with their code and message on stderr, and writes nothing', async () => {
    const before = await snapshot(made);
    const corrupt = await run(['import', 'roster', file('corrupt.xlsx', 'PK\u0003\u0004 this is not a workbook')]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stdout).toBe('');
    expect(corrupt.stderr).toMatch(/^trellis: FILE_CORRUPT: .*damaged.*\n$/);

    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);
    const locked = await run(['import', 'survey', file('locked.xlsx', ole2), ...survey]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/^trellis: FILE_PASSWORD_PROTECTED: /);

    const absent = await run(['import', 'roster', join(out.path, 'absent.xlsx')]);
    expect(absent.code).toBe(1);
    expect(absent.stderr).toMatch(/^trellis: FILE_NOT_FOUND: Could not find .*absent\.xlsx/);
    expect(await snapshot(made)).toEqual(before);
  });

  it('lists imports, reports the survey with small groups suppressed and no comments, and undoes an import', async () => {
    const batches = await json<BatchSummary[]>(['import', 'list']);
    expect(batches.map((b) => b.kind)).toEqual(['survey', 'survey', 'survey', 'roster', 'roster']);
    expect(batches.at(-1)).toMatchObject({ id: rosterBatch, fileName: 'faculty-roster.xlsx', undoneAt: null });
    const table = await run(['import', 'list']);
    expect(table.stdout).toMatch(/^Id\s+Kind\s+File\s+Imported/);

    const report = await json<SurveyReport>(['survey', 'report', 'Annual Mentoring Survey']);
    expect(report.survey).toMatchObject({ name: 'Annual Mentoring Survey', year: 2026 });
    expect(report.respondents).toBeGreaterThanOrEqual(160);
    expect(report.comments).toBeNull();
    const likert = report.questions.find((q) => q.type === 'likert')!;
    expect(likert.mean).toEqual(expect.any(Number));
    expect(likert.distribution!.map((d) => d.label)).toContain('Very satisfied');
    const groups = Object.values(likert.breakdowns).flat();
    expect(groups.some((g) => g.suppressed && g.distribution === null)).toBe(true);
    const text = await run(['survey', 'report', 'Annual Mentoring Survey']);
    expect(text.stdout).toMatch(/^Annual Mentoring Survey \(2026\): \d+ respondents/);
    expect(text.stdout).not.toMatch(/grateful|HYPERLINK/);
    const unknown = await run(['survey', 'report', 'Exit Survey']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^trellis: NOT_FOUND: There is no survey named “Exit Survey”/);

    // The roster cannot go while survey answers point at its people; the survey import can.
    const refused = await run(['import', 'undo', String(rosterBatch)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Nothing was changed/);
    const newest = batches[0]!.id;
    const undone = await json<UndoResult>(['import', 'undo', String(newest)]);
    expect(undone.batchId).toBe(newest);
    const undoneText = await run(['import', 'undo', String(msformsBatch)]);
    expect(undoneText.code).toBe(1); // later imports added to the survey it created
    expect(undoneText.stderr).toMatch(/Undo import \d+ first/);
    const after = await json<BatchSummary[]>(['import', 'list']);
    expect(after.find((b) => b.id === newest)!.undoneAt).toEqual(expect.any(String));
  });
});
