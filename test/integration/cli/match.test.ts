import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortProposal, MatchSuggestions, PublishedBatch } from '../../../electron/core/matching/contract';
import { addPerson, addProgram } from '../../support/mentoringCore';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

// Every run is a real process; on a busy two-core machine each can take several seconds.
describe('trellis match', { timeout: 240_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let made: TempCore;
  let programId: number;
  const emails: Record<string, string> = {};
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: home.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  beforeAll(async () => {
    home = tempDir('trellis-cli-match-');
    made = await createTempCore();
    const { core } = made;
    programId = (await addProgram(core, { menteeWarningThreshold: 1 })).id;
    const add = async (key: string, ...args: Parameters<typeof addPerson> extends [unknown, ...infer R] ? R : never) =>
      (emails[key] = (await addPerson(core, ...args)).email);
    await add('chinwe', 'Chinwe Okafor', 'Assistant Professor', 'Psychiatry', { interests: ['trauma'] });
    await add('lena', 'Lena Vogel', 'Assistant Professor', 'Psychiatry', { interests: ['QI'] });
    await add('bo', 'Bo Li', 'Associate Professor', 'Psychiatry', { interests: ['trauma'] });
    await add('ravi', 'Ravi Patel', 'Professor', 'Psychiatry', { interests: ['quality improvement'] });
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    home.remove();
  });

  it('suggest prints the best mentors with why, and --json the whole answer', async () => {
    const text = await run(['match', 'suggest', '--mentee', emails.chinwe!]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Mentors for Chinwe Okafor (Assistant Professor, Psychiatry) in Early Career');
    expect(text.stdout).toMatch(
      / {2}1\. Bo Li \(Associate Professor, Psychiatry\) {2}\d\.\d\d\n {5}shared: trauma · inside department · one rank above/,
    );
    expect(text.stdout).toContain('A suggestion is only a suggestion: nothing was created.');

    const json = await run(['match', 'suggest', '--mentee', emails.chinwe!, '--program', String(programId), '--json']);
    const result = JSON.parse(json.stdout) as MatchSuggestions;
    expect(result.suggestions.map((s) => s.mentor.name)).toEqual(['Bo Li', 'Ravi Patel']);
    expect(result.leftOut.map((p) => [p.person.name, p.reasons[0]!.code])).toEqual([['Lena Vogel', 'RANK_RULE']]);
  });

  it('cohort proposes from a file of emails, publishes as one batch, and undo takes it back', async () => {
    const file = join(home.path, 'mentees.txt');
    writeFileSync(file, `# this spring's new faculty\n${emails.chinwe}\n${emails.lena!.toUpperCase()}\n`);
    const dry = await run(['match', 'cohort', '--program', String(programId), '--mentees', file]);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toMatch(/^Early Career Faculty Mentoring Program: 2 of 2 mentees matched from a pool of 2/);
    expect(dry.stdout).toMatch(/\nChinwe Okafor +Bo Li +\d\.\d\d +shared: trauma/);
    expect(dry.stdout).toContain('Nothing was created. Run again with --publish');

    const published = await run([
      'match',
      'cohort',
      '--program',
      String(programId),
      '--mentees',
      file,
      '--publish',
      '--json',
    ]);
    expect(published.code).toBe(0);
    const proposal = JSON.parse(published.stdout) as CohortProposal & { published: PublishedBatch };
    expect(proposal.pairs.map((p) => [p.mentee.name, p.mentor.name])).toEqual([
      ['Chinwe Okafor', 'Bo Li'],
      ['Lena Vogel', 'Ravi Patel'],
    ]);
    expect(proposal.published.mentorshipIds).toHaveLength(2);
    const batchId = String(proposal.published.batchId);

    const undone = await run(['match', 'undo', batchId!]);
    expect(undone.stdout).toBe(`Undid match ${batchId}: 2 proposed mentorships removed.\n`);
    const again = await run(['match', 'undo', batchId!]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^trellis: MATCH_BATCH_UNDONE: This match was already undone on \d{4}-\d{2}-\d{2}\.\n$/,
    );
  });

  it('refuses unknown emails before matching anything, and both ways of choosing mentees at once', async () => {
    const file = join(home.path, 'unknown.txt');
    writeFileSync(file, 'nobody@med.example.edu\n');
    const unknown = await run(['match', 'cohort', '--program', String(programId), '--mentees', file, '--publish']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'trellis: NOT_FOUND: This address is not in the directory: nobody@med.example.edu. Nothing was matched.\n',
    );
    const both = await run(['match', 'cohort', '--program', String(programId), '--mentees', file, '--attention']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('trellis: USAGE: Choose --mentees FILE or --attention, not both.\n');
  });
});
