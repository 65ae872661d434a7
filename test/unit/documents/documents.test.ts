import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TrellisError } from '../../../electron/common/errors';
import { readPdf, type PdfContents } from '../../support/pdfText';
import {
  addSatisfactionAnswers,
  createDocumentRecords,
  names,
  solidPng,
  type DocumentRecords,
} from '../../support/documentRecords';
import { createTempCore, type TempCore } from '../../support/tempCore';

/** Text as laid out in a PDF: line breaks and hyphenation points aside. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('documents', { timeout: 60_000 }, () => {
  let temp: TempCore;
  let records: DocumentRecords;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  async function pdfOf(document: { file: { base64: string }; pageCount: number }): Promise<PdfContents> {
    const contents = await readPdf(Buffer.from(document.file.base64, 'base64'));
    expect(contents.pageCount).toBe(document.pageCount);
    contents.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${contents.pageCount}`));
    expect(contents.tagged).toBe(true);
    expect(contents.language).toBe('en-US');
    return contents;
  }
  const all = (pdf: PdfContents) => pdf.pages.join(' ');

  async function matrixRow(name: string): Promise<string[]> {
    const matrix = await call('matrix.get', {});
    const role = matrix.roles.find((r) => r.name === name)!;
    return matrix.responsibilities.filter((r) => r.roleId === role.id).map((r) => r.text);
  }

  beforeAll(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    records = await createDocumentRecords(temp.core);
    await call('documents.settings.update', {
      letterhead: {
        institution: 'Lakeside University School of Medicine',
        address: '1200 Lakeshore Drive\nLakeside, IL 60601',
        signatoryName: 'Dr. Amara Okonkwo-Haddad',
        confidentiality: 'Confidential — mentoring records of the Office of Academic Affairs.',
      },
    });
    await call('documents.images.set', { kind: 'logo', base64: solidPng(200, 80).toString('base64') });
  });
  afterAll(async () => temp.dispose());

  describe('Mentoring Partnership Agreement', () => {
    it('names the partners with rank and department, the program, dates, cadence and goals, on the letterhead', async () => {
      const document = await call('documents.agreement', { mentorshipId: records.mentorshipId });
      expect(document.file.mimeType).toBe('application/pdf');
      expect(document.file.fileName).toBe(
        'mentoring-agreement-maria-garcia-lopez-siobhan-o-suilleabhain-2026-11-23.pdf',
      );
      const pdf = await pdfOf(document);
      const first = pdf.pages[0]!;
      expect(first).toContain('Lakeside University School of Medicine');
      expect(first).toContain('Office of Academic Affairs');
      expect(first).toContain('Lakeside, IL 60601');
      expect(first).toContain('Mentoring Partnership Agreement');
      const text = all(pdf);
      for (const expected of [
        names.mentor,
        names.mentee,
        'Professor',
        'Psychiatry',
        'Assistant Professor',
        'Medicine',
        'Early Career Faculty Mentoring Program',
        'September 1, 2025',
        'September 1, 2026',
        'At least once a quarter (every 90 days)',
        'Submit a K-award application',
        'Prepare the dossier for promotion to Associate Professor (in progress)',
        'Confidential — mentoring records of the Office of Academic Affairs.',
      ])
        expect(text).toContain(expected);
      expect(pdf.info.Title).toBe(`Mentoring Partnership Agreement: ${names.mentor} and ${names.mentee}`);
      expect(pdf.info.Author).toBe('Office of Academic Affairs, Lakeside University School of Medicine');
      expect(String(pdf.info.Subject)).toContain('Early Career Faculty Mentoring Program');
    });

    it('lists what the matrix expects of the mentor and of the mentee, then confidentiality, concerns and signatures', async () => {
      const pdf = await pdfOf(await call('documents.agreement', { mentorshipId: records.mentorshipId }));
      const text = squash(all(pdf));
      const mentor = await matrixRow('Mentor');
      const mentee = await matrixRow('Mentee');
      expect(mentor).toContain('Make introductions to sponsors');
      expect(mentee).toContain('Build an influential network');
      for (const item of [...mentor, ...mentee]) expect(text).toContain(squash(item));
      // The mentor's list comes before the mentee's, and confidentiality after both.
      expect(text.indexOf(squash(mentor[0]!))).toBeLessThan(text.indexOf(squash(mentee[0]!)));
      expect(text.indexOf(squash(mentee.at(-1)!))).toBeLessThan(text.indexOf('Confidentiality'));
      expect(text).toContain(squash('Requests for a change are honored and handled confidentially.'));
      expect(text).toContain(squash('Vice Chair for Faculty Development'));
      expect(text).toContain(squash(`Mentor: ${names.mentor}`));
      expect(text).toContain(squash(`Mentee: ${names.mentee}`));
      expect(text).toContain(squash('For the program: Early Career Faculty Mentoring Program'));
      expect(pdf.outline).toEqual([
        'Mentoring Partnership Agreement',
        'The partners',
        'Program and dates',
        'How we will work together',
        'The mentee’s goals',
        'Responsibilities',
        'Confidentiality',
        'Raising a concern or asking for a change',
        'Signatures',
      ]);
    });

    it('tags the logo as a figure with alternative text, and the page furniture as artifacts', async () => {
      const document = await call('documents.agreement', { mentorshipId: records.mentorshipId });
      const pdf = await getDocument({ data: new Uint8Array(Buffer.from(document.file.base64, 'base64')) }).promise;
      const tree = await (await pdf.getPage(1)).getStructTree();
      const figures: { alt?: string }[] = [];
      const roles = new Set<string>();
      const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
        if (node.role) roles.add(node.role);
        if (node.role === 'Figure') figures.push(node);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(tree as never);
      await pdf.destroy();
      expect(figures.map((f) => f.alt)).toEqual(['Logo of Lakeside University School of Medicine']);
      expect([...roles]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'Table', 'L']));
    });

    it('is the same file byte for byte for the same records and clock (deterministic mode)', async () => {
      const a = await call('documents.agreement', { mentorshipId: records.mentorshipId });
      const b = await call('documents.agreement', { mentorshipId: records.mentorshipId });
      expect(a.file.base64).toBe(b.file.base64);
    });

    it('uses the office’s edited standard text, with its placeholders filled in', async () => {
      await call('documents.settings.update', {
        texts: { agreementConfidentiality: '{mentor} and {mentee} keep their conversations private. {unknown} stays.' },
      });
      const pdf = await pdfOf(await call('documents.agreement', { mentorshipId: records.mentorshipId }));
      expect(squash(all(pdf))).toContain(
        squash(`${names.mentor} and ${names.mentee} keep their conversations private. {unknown} stays.`),
      );
      await call('documents.settings.update', { texts: { agreementConfidentiality: null } });
    });

    it('for a sponsor, uses the Mentor row where the Sponsor row of the matrix is empty', async () => {
      const list = await call('mentorships.list', { personId: records.mentor.id, kind: 'sponsor' });
      const pdf = await pdfOf(await call('documents.agreement', { mentorshipId: list.rows[0]!.id }));
      const text = all(pdf);
      expect(text).toContain('The sponsor (matrix row: Mentor)');
      expect(squash(text)).toContain(squash('Make introductions to sponsors'));
      expect(text).toContain('No goals are recorded yet');
    });

    it('says so when the mentorship does not exist', async () => {
      await expect(call('documents.agreement', { mentorshipId: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('peer group commitment form', () => {
    it('has the group, facilitator and schedule, both commitments, and a signature line per current member', async () => {
      const document = await call('documents.groupCommitment', { groupId: records.groupId });
      const pdf = await pdfOf(document);
      const text = all(pdf);
      expect(pdf.pages[0]).toContain('Lakeside University School of Medicine');
      for (const expected of [
        'Peer Mentoring Group Commitment',
        'Integrated Care Peer Group',
        'First Tuesday of each month, 12:00–13:00; 60 minutes per meeting',
        `${names.mentor}, Professor, Psychiatry`,
      ])
        expect(text).toContain(expected);
      expect(squash(text)).toContain(squash(`tell ${names.mentor} in advance when I cannot attend`));
      expect(squash(text)).toContain(squash('What members share in the group stays in the group.'));
      expect(text.match(/Member: /g)).toHaveLength(2);
      expect(text).toContain(`Member: ${names.mentee}`);
      expect(text).toContain(`Member: ${names.member}`);
      expect(text).toContain(`Facilitator: ${names.mentor}`);
      expect(pdf.outline).toEqual([
        'Peer Mentoring Group Commitment',
        'The group',
        'Attendance',
        'Confidentiality',
        'Signatures',
      ]);
      expect(pdf.info.Title).toBe('Peer Mentoring Group Commitment: Integrated Care Peer Group');
    });
  });

  describe('service-portfolio letter', () => {
    const period = { from: '2025-07-01', to: '2026-06-30' };

    it('documents mentees with rank, kind and dates, groups facilitated, meetings, agreements and awards, signed', async () => {
      const db = temp.core.session.require().kysely;
      const stamp = '2026-06-01T00:00:00.000Z';
      const award = await db
        .insertInto('award_types')
        .values({
          name: 'Department Mentoring Award',
          level: 'department',
          description: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const cycle = await db
        .insertInto('award_cycles')
        .values({
          award_type_id: award.id,
          year: 2026,
          opens_on: '2026-01-15',
          closes_on: '2026-03-01',
          statement_page_limit: null,
          packet_page_limit: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('award_nominations')
        .values({
          cycle_id: cycle.id,
          nominee_id: records.mentor.id,
          nominator_id: records.mentee.id,
          status: 'selected',
          submitted_on: '2026-02-01',
          decided_on: '2026-04-01',
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      await call('documents.images.set', {
        kind: 'signature',
        base64: solidPng(160, 50, [20, 20, 20]).toString('base64'),
      });

      const document = await call('documents.serviceLetter', { facultyId: records.mentor.id, ...period });
      expect(document.file.fileName).toBe('service-letter-siobhan-o-suilleabhain-2025-07-01-2026-06-30.pdf');
      const pdf = await pdfOf(document);
      const text = all(pdf);
      expect(pdf.pages[0]).toContain('Lakeside University School of Medicine');
      expect(pdf.pages[0]).toContain('November 23, 2026');
      for (const expected of [
        `Mentoring service of ${names.mentor}`,
        names.mentee,
        'Assistant Professor · Medicine',
        'Mentee Number 4',
        'Instructor · Medicine',
        'Sponsor',
        'September 1, 2025 – continuing',
        'Integrated Care Peer Group (Integrated care)',
        '4 meetings logged in the period (3 with mentees, 1 in peer groups).',
        'Partnership agreements with goals recorded: 1 of 5 partnerships.',
        'Recipient of the Department Mentoring Award, 2026.',
        'Dr. Amara Okonkwo-Haddad',
        'Vice Chair for Faculty Development',
      ])
        expect(squash(text)).toContain(squash(expected));
      expect(squash(text)).toContain(
        squash(`${names.mentor}, Professor, Psychiatry, from July 1, 2025 to June 30, 2026`),
      );
      expect(text).not.toContain('Mentee satisfaction');
      expect(pdf.outline).toContain('Mentoring relationships');
      expect(pdf.outline).toContain('Peer mentoring groups facilitated');
    });

    it('gives a satisfaction summary only when at least five mentees answered', async () => {
      // Four of the mentor's five mentees answer, plus someone who is not their mentee.
      await addSatisfactionAnswers(temp.core, [
        records.mentee.id,
        ...records.otherMentees.slice(0, 3),
        records.bystander.id,
      ]);
      const four = await pdfOf(await call('documents.serviceLetter', { facultyId: records.mentor.id, ...period }));
      expect(all(four)).not.toContain('Mentee satisfaction');
      expect(all(four)).not.toContain('satisfied side');

      const db = temp.core.session.require().kysely;
      await db.deleteFrom('survey_responses').execute();
      await db.deleteFrom('import_batches').execute();
      await db.deleteFrom('survey_questions').execute();
      await db.deleteFrom('surveys').execute();
      await addSatisfactionAnswers(temp.core, [records.mentee.id, ...records.otherMentees], 5);
      const five = await pdfOf(await call('documents.serviceLetter', { facultyId: records.mentor.id, ...period }));
      const text = squash(all(five));
      expect(five.outline).toContain('Mentee satisfaction');
      expect(text).toContain(
        squash('5 of this faculty member’s mentees answered “Overall, how satisfied are you with your mentoring?”'),
      );
      expect(text).toContain(squash('5 of them (100%) answered on the satisfied side of the scale'));
      expect(text).toContain(
        squash('the average answer was 5.0 on a scale from Very dissatisfied (1) to Very satisfied (5)'),
      );
    });

    it('refuses a person with no mentoring in the period with a plain message, not an empty letter', async () => {
      const error = await call('documents.serviceLetter', { facultyId: records.bystander.id, ...period }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TrellisError);
      expect((error as TrellisError).code).toBe('NO_MENTORING_IN_PERIOD');
      expect((error as TrellisError).message).toBe(
        `${names.bystander} had no mentoring recorded between July 1, 2025 and June 30, 2026: no mentees, no ` +
          'peer groups facilitated and no peer-mentoring workshops. Choose another period, or record their mentoring first.',
      );
      // The mentor too, for a period before any of their mentoring began.
      await expect(
        call('documents.serviceLetter', { facultyId: records.mentor.id, from: '2020-01-01', to: '2024-12-31' }),
      ).rejects.toMatchObject({ code: 'NO_MENTORING_IN_PERIOD' });
    });

    it('refuses a period that ends before it starts', async () => {
      await expect(
        call('documents.serviceLetter', { facultyId: records.mentor.id, from: '2026-06-30', to: '2025-07-01' }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        fields: { to: 'The period must end on or after the day it starts.' },
      });
    });
  });
});
