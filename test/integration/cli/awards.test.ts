import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardCycle, LetterAdded, Nomination, NominationRow } from '../../../electron/core/awards/contract';
import { encryptedLetterPdf, letterPdf, truncatedLetterPdf } from '../../support/letterPdfs';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis, type WithEmails } from './runTrellis';

// Each run is a real `trellis` process on a real encrypted database (several seconds each on a busy machine,
// hence the long timeout); the PDFs are real files made here.
describe('trellis awards', { timeout: 300_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let made: TempCore;
  const files: Record<string, string> = {};
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: home.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  beforeAll(async () => {
    home = tempDir('trellis-cli-awards-');
    made = await createTempCore();
    for (const [name, email, rank] of [
      ['Siobhán Ó Súilleabháin', 'siobhan@med.example.edu', 'Professor'],
      ['Javier García-López', 'javier@med.example.edu', 'Associate Professor'],
      ['Nguyễn Văn An', 'an@med.example.edu', 'Professor'],
    ] as const) {
      await made.core.call('faculty.create', { name, email, rank, department: 'Medicine' });
    }
    await made.core.close();
    const write = (name: string, bytes: Uint8Array | string) => {
      files[name] = join(home.path, name);
      writeFileSync(files[name], bytes);
    };
    write('statement.txt', 'Siobhán has mentored eleven assistant professors to promotion.\n');
    write('ruiz.pdf', await letterPdf(2));
    write('okafor.pdf', await letterPdf(3));
    write('cv.pdf', await letterPdf(6));
    write('protected.pdf', await encryptedLetterPdf());
    write('cut-off.pdf', await truncatedLetterPdf());
  });
  afterAll(async () => {
    await made.dispose();
    home.remove();
  });

  const nominate = (cycleId: number, nominee: string, ...rest: string[]) =>
    run([
      'awards',
      'nominate',
      '--cycle',
      String(cycleId),
      '--nominee',
      nominee,
      '--nominator',
      'javier@med.example.edu',
      '--statement-file',
      files['statement.txt']!,
      ...rest,
    ]);

  it('creates a cycle, nominates with letters in one write, lists, and refuses bad letters and duplicates', async () => {
    const created = await run([
      'awards',
      'cycle',
      'create',
      '--award',
      'Department Mentoring Award',
      '--level',
      'department',
      '--year',
      '2026',
      '--opens',
      '2020-01-01',
      '--closes',
      '2099-12-31',
      '--json',
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const cycle = JSON.parse(created.stdout) as AwardCycle;
    expect(cycle).toMatchObject({ year: 2026, state: 'open', maxSupportLetters: 2, letterPageLimit: 2 });

    const cycles = await run(['awards', 'cycles']);
    expect(cycles.stdout).toMatch(/^Id\s+Award\s+Year\s+Opens\s+Closes\s+State\s+Nominations\n/);
    expect(cycles.stdout).toContain('Department Mentoring Award  2026');

    const protectedLetter = await nominate(
      cycle.id,
      'siobhan@med.example.edu',
      '--letter',
      files['ruiz.pdf']!,
      '--letter',
      files['protected.pdf']!,
    );
    expect(protectedLetter.code).toBe(1);
    expect(protectedLetter.stdout).toBe('');
    expect(protectedLetter.stderr).toBe(
      'trellis: LETTER_ENCRYPTED: protected.pdf is password-protected. Ask the writer for an unprotected copy.\n  --letter: This PDF is password-protected.\n',
    );
    const broken = await nominate(cycle.id, 'siobhan@med.example.edu', '--cv', files['cut-off.pdf']!);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('cut-off.pdf is not a PDF file that Trellis can read');
    const unknown = await nominate(cycle.id, 'nobody@med.example.edu');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'trellis: NOT_FOUND: No one in the directory has the email nobody@med.example.edu. Check the spelling, or run "trellis faculty list --search …".\n',
    );
    const empty = await run(['awards', 'list', '--cycle', String(cycle.id), '--json']);
    expect(JSON.parse(empty.stdout)).toEqual([]);

    const ok = await nominate(
      cycle.id,
      'siobhan@med.example.edu',
      '--letter',
      files['ruiz.pdf']!,
      '--letter',
      files['okafor.pdf']!,
      '--cv',
      files['cv.pdf']!,
      '--submit',
      '--json',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const nomination = JSON.parse(ok.stdout) as Nomination;
    expect(nomination).toMatchObject({
      status: 'submitted',
      nominee: { name: 'Siobhán Ó Súilleabháin' },
      nominator: { name: 'Javier García-López' },
      statement: 'Siobhán has mentored eleven assistant professors to promotion.',
    });
    expect(nomination.letters.map((l) => [l.kind, l.title, l.pages])).toEqual([
      ['support', 'ruiz', 2],
      ['support', 'okafor', 3],
      ['cv', 'Curriculum vitae', 6],
    ]);
    expect(nomination.warnings.map((w) => w.message)).toEqual([
      '“okafor” has 3 pages; this cycle allows 2 per letter.',
    ]);
    expect(JSON.stringify(nomination)).not.toContain('base64');

    const again = await nominate(cycle.id, 'siobhan@med.example.edu');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^trellis: DUPLICATE_NOMINATION: --nominee: Siobhán Ó Súilleabháin is already nominated for the 2026 Department Mentoring Award \(nomination \d+\)\./,
    );
    const self = await run([
      'awards',
      'nominate',
      '--cycle',
      String(cycle.id),
      '--nominee',
      'an@med.example.edu',
      '--nominator',
      'an@med.example.edu',
      '--statement-file',
      files['statement.txt']!,
    ]);
    expect(self.code).toBe(1);
    expect(self.stderr).toBe(
      'trellis: SELF_NOMINATION: --nominator: A person cannot nominate themselves. Choose a different nominator or nominee.\n',
    );

    const list = await run(['awards', 'list', '--cycle', String(cycle.id), '--json']);
    const rows = JSON.parse(list.stdout) as WithEmails<NominationRow, 'nominee' | 'nominator'>[];
    expect(rows.map((r) => [r.nominee.name, r.status, r.letterCount])).toEqual([
      ['Siobhán Ó Súilleabháin', 'submitted', 3],
    ]);
    // The emails other commands take to find the nominee and nominator.
    expect(rows.map((r) => [r.nominee.email, r.nominator.email])).toEqual([
      ['siobhan@med.example.edu', 'javier@med.example.edu'],
    ]);
    const table = await run(['awards', 'list', '--cycle', String(cycle.id)]);
    expect(table.stdout).toMatch(/^Id\s+Nominee\s+Department\s+Nominator\s+Status\s+Letters\s+Warnings\n/);
    expect(table.stdout).toContain('Siobhán Ó Súilleabháin');
    expect(table.stdout).toMatch(/\n1 nomination\n$/);

    // A letter that arrives later joins the same nomination; a protected one is refused and changes nothing.
    const late = await run(['awards', 'add-letter', files['ruiz.pdf']!, '--nomination', String(nomination.id)]);
    expect(late.stderr).toBe('');
    expect(late.stdout).toMatch(
      /^Added support letter “ruiz” \(2 pages\) to the nomination of Siobhán Ó Súilleabháin \(nomination \d+\)\.\n/,
    );
    const nominationLetter = await run([
      'awards',
      'add-letter',
      files['okafor.pdf']!,
      '--nomination',
      String(nomination.id),
      '--kind',
      'nomination',
      '--title',
      'Letter from Dr. Okafor',
      '--json',
    ]);
    const added = JSON.parse(nominationLetter.stdout) as LetterAdded;
    expect([added.letter.kind, added.letter.title, added.letter.pages]).toEqual([
      'nomination',
      'Letter from Dr. Okafor',
      3,
    ]);
    expect(added.nomination.letters).toHaveLength(5);
    const refused = await run(['awards', 'add-letter', files['protected.pdf']!, '--nomination', String(nomination.id)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'trellis: LETTER_ENCRYPTED: protected.pdf is password-protected. Ask the writer for an unprotected copy.',
    );
    const after = JSON.parse(
      (await run(['awards', 'list', '--cycle', String(cycle.id), '--json'])).stdout,
    ) as NominationRow[];
    expect(after.map((r) => r.letterCount)).toEqual([5]);
  });

  it('says plainly when a file or cycle is missing, or the award is unknown', async () => {
    const missing = await nominate(1, 'siobhan@med.example.edu', '--letter', join(home.path, 'nope.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `trellis: FILE_NOT_FOUND: Could not read ${join(home.path, 'nope.pdf')}: there is no such file.\n`,
    );
    const noCycle = await nominate(999, 'an@med.example.edu');
    expect(noCycle.code).toBe(1);
    expect(noCycle.stderr).toContain('There is no award cycle with id 999. Run "trellis awards cycles" to see them.');
    const unknownAward = await run([
      'awards',
      'cycle',
      'create',
      '--award',
      'Nope Award',
      '--year',
      '2026',
      '--opens',
      '2026-01-01',
      '--closes',
      '2026-02-01',
    ]);
    expect(unknownAward.code).toBe(1);
    expect(unknownAward.stderr).toContain('There is no award called “Nope Award”. Add --level');
  });
});
