import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentorshipRow } from '../../../electron/core/mentorships/contract';
import { readPdf } from '../../support/pdfText';
import { createDocumentRecords, names, type DocumentRecords } from '../../support/documentRecords';
import { createTempCore, testPassphrase, tempDir, type TempCore } from '../../support/tempCore';
import { runTrellis, type WithEmails } from './runTrellis';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('trellis documents', { timeout: 90_000 }, () => {
  let made: TempCore;
  let out: ReturnType<typeof tempDir>;
  let records: DocumentRecords;
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: out.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });
  const file = (name: string) => join(out.path, name);
  /** `trellis documents letter` for a person (by email), a period and an output file. */
  const letter = (email: string, from: string, to: string, name: string) =>
    run(['documents', 'letter', '--faculty', email, '--from', from, '--to', to, '--out', file(name)]);

  beforeAll(async () => {
    out = tempDir('trellis-cli-documents-');
    made = await createTempCore();
    records = await createDocumentRecords(made.core);
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    out.remove();
  });

  it('agreement writes the mentorship’s agreement, with both partners and the matrix responsibilities', async () => {
    const result = await run([
      'documents',
      'agreement',
      '--mentorship',
      String(records.mentorshipId),
      '--out',
      file('agreement.pdf'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = await readPdf(readFileSync(file('agreement.pdf')));
    expect(result.stdout).toBe(`${file('agreement.pdf')} (${pdf.pageCount} pages)\n`);
    const text = pdf.pages.join(' ');
    expect(text).toContain(`Mentor: ${names.mentor}`);
    expect(text).toContain(`Mentee: ${names.mentee}`);
    expect(squash(text)).toContain(squash('Help mentee develop, enact, and evaluate individual career plan'));
    expect(squash(text)).toContain(squash('Seek out training and advancement opportunities'));
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
    expect(pdf.outline[0]).toBe('Mentoring Partnership Agreement');
  });

  it('group-commitment --json reports the file, its pages and size', async () => {
    const result = await run([
      'documents',
      'group-commitment',
      '--group',
      String(records.groupId),
      '--out',
      file('group.pdf'),
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { path: string; pages: number; bytes: number };
    const bytes = readFileSync(file('group.pdf'));
    expect(report).toEqual({ path: file('group.pdf'), pages: (await readPdf(bytes)).pageCount, bytes: bytes.length });
    const text = (await readPdf(bytes)).pages.join(' ');
    expect(text).toContain(`Member: ${names.member}`);
    expect(text).toContain(`Member: ${names.mentee}`);
  });

  it('letter finds the person by email and documents the period', async () => {
    const result = await letter(records.mentor.email.toUpperCase(), '2025-07-01', '2026-06-30', 'letter.pdf');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = (await readPdf(readFileSync(file('letter.pdf')))).pages.join(' ');
    expect(text).toContain(`Mentoring service of ${names.mentor}`);
    expect(text).toContain(names.mentee);
    expect(squash(text)).toContain(squash('from July 1, 2025 to June 30, 2026'));
  });

  it('letter takes the email that mentorships list --json gives, so a script can chain them', async () => {
    const listed = await run(['mentorships', 'list', '--json']);
    const rows = JSON.parse(listed.stdout) as WithEmails<MentorshipRow, 'mentor' | 'mentee'>[];
    const { mentor } = rows.find((row) => row.id === records.mentorshipId)!;
    expect(mentor.email).toBe(records.mentor.email);
    const result = await letter(mentor.email!, '2025-07-01', '2026-06-30', 'chained.pdf');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readPdf(readFileSync(file('chained.pdf')))).pages.join(' ')).toContain(
      `Mentoring service of ${names.mentor}`,
    );
  });

  it('letter for someone with no mentoring in the period fails with the reason and writes nothing', async () => {
    const result = await letter(records.bystander.email, '2025-07-01', '2026-06-30', 'empty.pdf');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `trellis: NO_MENTORING_IN_PERIOD: ${names.bystander} had no mentoring recorded between July 1, 2025 and June 30, 2026`,
    );
    expect(existsSync(file('empty.pdf'))).toBe(false);
  });

  it('keeps an existing file unless --force, and refuses bad dates, unknown people and records', async () => {
    writeFileSync(file('keep.pdf'), 'mine');
    const kept = await run([
      'documents',
      'agreement',
      '--mentorship',
      String(records.mentorshipId),
      '--out',
      file('keep.pdf'),
    ]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain('FILE_EXISTS: ');
    expect(kept.stderr).toContain('already exists. Choose another --out file, or add --force to replace it.');
    expect(readFileSync(file('keep.pdf'), 'utf8')).toBe('mine');
    // `pdf` is the old name of `documents`, kept for scripts written before.
    const forced = await run([
      'pdf',
      'agreement',
      '--mentorship',
      String(records.mentorshipId),
      '--out',
      file('keep.pdf'),
      '--force',
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file('keep.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const badDate = await letter(records.mentor.email, '2025-02-30', '2026-06-30', 'x.pdf');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Enter a date as YYYY-MM-DD.');

    const nobody = await letter('nobody@example.edu', '2025-07-01', '2026-06-30', 'x.pdf');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('No one in the directory has the email nobody@example.edu.');

    const missing = await run(['documents', 'group-commitment', '--group', '999', '--out', file('x.pdf')]);
    expect(missing.code).toBe(1);
    expect(existsSync(file('x.pdf'))).toBe(false);
  });
});
