import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { resourcePath } from '../../electron/core/resources';
import type { Core } from '../../electron/core/core';

/**
 * Award fixtures written with Kysely straight into the real encrypted
 * database: the awards operations are built in parallel, and packets only
 * read these tables.
 */
const stamp = '2026-01-15T12:00:00.000Z';

function db(core: Core) {
  return core.session.require().kysely;
}

/** A plain PDF whose pages carry the given text, like a letter a colleague uploads. */
export function letterPdf(
  pages: string[],
  options: { size?: 'LETTER' | 'A4'; password?: string } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: options.size ?? 'LETTER',
      autoFirstPage: false,
      info: { CreationDate: new Date(stamp) },
      ...(options.password ? { userPassword: options.password } : {}),
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const text of pages) {
      doc.addPage();
      // An embedded font, as real letters have (a standard font makes pdf.js warn when reading).
      doc.font(resourcePath('fonts', 'NotoSans-Regular.ttf')).fontSize(12).text(text, 72, 72, { width: 450 });
    }
    doc.end();
  });
}

export interface CycleFixture {
  award?: string;
  year?: number;
  maxSupportLetters?: number;
  letterPageLimit?: number | null;
  statementPageLimit?: number | null;
  packetPageLimit?: number | null;
}

export async function addCycle(core: Core, fixture: CycleFixture = {}): Promise<number> {
  const name = fixture.award ?? 'Department Mentoring Award';
  const existing = await db(core).selectFrom('award_types').select('id').where('name', '=', name).executeTakeFirst();
  const typeId =
    existing?.id ??
    Number(
      (
        await db(core)
          .insertInto('award_types')
          .values({ name, level: 'department', description: null, created_at: stamp, updated_at: stamp })
          .executeTakeFirstOrThrow()
      ).insertId,
    );
  const inserted = await db(core)
    .insertInto('award_cycles')
    .values({
      award_type_id: typeId,
      year: fixture.year ?? 2026,
      opens_on: '2026-01-05',
      closes_on: '2026-03-01',
      criteria: 'Sustained, generous mentoring of early-career faculty.',
      max_support_letters: fixture.maxSupportLetters ?? 2,
      letter_page_limit: fixture.letterPageLimit === undefined ? 2 : fixture.letterPageLimit,
      statement_page_limit: fixture.statementPageLimit ?? null,
      packet_page_limit: fixture.packetPageLimit ?? null,
      created_at: stamp,
      updated_at: stamp,
    })
    .executeTakeFirstOrThrow();
  return Number(inserted.insertId);
}

export interface LetterFixture {
  kind: 'nomination' | 'support' | 'cv';
  title: string;
  author?: string;
  /** Text of each page. */
  pages?: string[];
  /** Raw bytes instead of generated pages (a damaged or encrypted file). */
  bytes?: Buffer;
}

export interface NominationFixture {
  cycleId: number;
  nomineeId: number;
  nominatorId: number;
  statement?: string;
  status?: string;
  letters?: LetterFixture[];
  comments?: string[];
}

export async function addNomination(core: Core, fixture: NominationFixture): Promise<number> {
  const nomination = await db(core)
    .insertInto('award_nominations')
    .values({
      cycle_id: fixture.cycleId,
      nominee_id: fixture.nomineeId,
      nominator_id: fixture.nominatorId,
      statement: fixture.statement ?? 'A generous mentor.',
      status: fixture.status ?? 'submitted',
      submitted_on: '2026-02-01',
      decided_on: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .executeTakeFirstOrThrow();
  const nominationId = Number(nomination.insertId);
  for (const [position, letter] of (fixture.letters ?? []).entries()) {
    const bytes = letter.bytes ?? (await letterPdf(letter.pages ?? [`${letter.title}`]));
    await db(core)
      .insertInto('nomination_letters')
      .values({
        nomination_id: nominationId,
        kind: letter.kind,
        title: letter.title,
        author: letter.author ?? null,
        file_name: `${letter.kind}-${position + 1}.pdf`,
        pages: letter.pages?.length ?? 1,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        position,
        created_at: stamp,
      })
      .execute();
  }
  for (const [position, text] of (fixture.comments ?? []).entries()) {
    await db(core)
      .insertInto('nomination_comments')
      .values({ nomination_id: nominationId, survey_id: null, question_key: null, text, position, created_at: stamp })
      .execute();
  }
  return nominationId;
}

/**
 * A survey of one Likert question and one comment question, answered by the
 * given people (complete responses linked to them), as an import would leave it.
 */
export async function addSurveyAnswers(
  core: Core,
  survey: { name: string; year: number },
  answers: { facultyId: number; ordinal: number; comment?: string }[],
): Promise<number> {
  const scale = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
  const surveyId = Number(
    (
      await db(core)
        .insertInto('surveys')
        .values({ name: survey.name, year: survey.year, kind: 'annual', created_at: stamp, updated_at: stamp })
        .executeTakeFirstOrThrow()
    ).insertId,
  );
  await db(core)
    .insertInto('survey_questions')
    .values([
      {
        survey_id: surveyId,
        position: 0,
        key: 'q1',
        text: 'My mentor helps me plan my career.',
        type: 'likert',
        options: JSON.stringify(scale),
      },
      { survey_id: surveyId, position: 1, key: 'q2', text: 'Comments', type: 'text', options: '[]' },
    ])
    .execute();
  const batchId = Number(
    (
      await db(core)
        .insertInto('import_batches')
        .values({
          kind: 'survey',
          file_name: 'survey.xlsx',
          sha256: 'x',
          sheet: 'Sheet1',
          survey_id: surveyId,
          mapping: '{}',
          counts: '{}',
          actor: 'test',
          created_at: stamp,
        })
        .executeTakeFirstOrThrow()
    ).insertId,
  );
  for (const [row, answer] of answers.entries()) {
    await db(core)
      .insertInto('survey_responses')
      .values({
        survey_id: surveyId,
        batch_id: batchId,
        faculty_id: answer.facultyId,
        respondent_key: `f:${answer.facultyId}`,
        response_ref: null,
        started_at: null,
        completed_at: null,
        status: 'complete',
        department: null,
        rank: null,
        career_stage: null,
        answers: JSON.stringify({
          0: [answer.ordinal, scale[answer.ordinal - 1]],
          ...(answer.comment ? { 1: answer.comment } : {}),
        }),
        source_row: row + 2,
        created_at: stamp,
      })
      .execute();
  }
  return surveyId;
}
