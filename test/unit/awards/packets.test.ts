import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { readPdf, type PdfContents } from '../../support/pdfText';
import { addCycle, addNomination, addSurveyAnswers, letterPdf } from '../../support/awards';
import { addPerson, addProgram, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

/** Text as laid out in a PDF: line breaks aside. */
const squash = (text: string) => text.replace(/\s+/g, '');

const statementParagraphs = [
  'Dr. Nguyễn has mentored six assistant professors through their first grants and promotions.',
  'She built the department’s peer group for faculty preparing for promotion and still facilitates it.',
];

describe('nomination packets', { timeout: 120_000 }, () => {
  let t: TestCore;
  let core: Core;
  let cycleId: number;
  let minh: number;
  let padraig: number;
  let okafor: number;
  let pdf: PdfContents;
  let pages: number;

  beforeAll(async () => {
    t = await openTestCore('2026-03-10');
    core = t.core;
    const program = await addProgram(core);
    const nominee = await addPerson(core, 'Nguyễn Thị Minh', 'Professor', 'Medicine');
    const second = await addPerson(core, 'Pádraig Ó Súilleabháin', 'Professor', 'Pediatrics');
    const third = await addPerson(core, 'Chinwe Okafor', 'Associate Professor', 'Surgery');
    const nominator = await addPerson(core, 'Ana García-López', 'Professor', 'Medicine');
    const menteeNames = ['Siobhán Ó Súilleabháin', 'Bo Li', 'Kwame Mensah', 'Lena Vogel', 'Ravi Iyer', 'Zoë Dubois'];
    const mentees = [];
    for (const name of menteeNames) mentees.push(await addPerson(core, name, 'Assistant Professor', 'Medicine'));
    const pairs = [];
    for (const [i, mentee] of mentees.entries()) {
      pairs.push(
        await core.call('mentorships.create', {
          mentorId: nominee.id,
          menteeId: mentee.id,
          kind: i === 1 ? 'sponsor' : 'mentor',
          programId: program.id,
          startDate: '2023-09-01',
        }),
      );
    }
    await core.call('mentorships.addGoal', { mentorshipId: pairs[0]!.id, text: 'Submit an R01', status: 'achieved' });
    await core.call('mentorships.addGoal', {
      mentorshipId: pairs[0]!.id,
      text: 'Teach a course',
      status: 'in_progress',
    });
    await core.call('mentorships.end', { id: pairs[5]!.id, endedOn: '2025-12-31', reason: 'A private reason' });
    for (const heldOn of ['2025-01-10', '2025-04-10', '2025-07-10'])
      await core.call('meetings.log', { mentorshipId: pairs[0]!.id, heldOn, durationMinutes: 60, topics: [] });
    const group = await core.call('peerGroups.create', {
      programId: program.id,
      name: 'Promotion Peer Group',
      focus: 'Preparing for promotion',
      facilitatorId: nominee.id,
      startedOn: '2024-01-15',
    });
    await core.call('peerGroups.addMember', { groupId: group.id, facultyId: mentees[2]!.id, joinedOn: '2024-01-15' });
    await core.call('meetings.log', { peerGroupId: group.id, heldOn: '2025-02-01', durationMinutes: 90, topics: [] });
    // A proposed pair has not started, so the nominee's record leaves it out.
    const proposed = await addPerson(core, 'Yusuf Demir', 'Assistant Professor', 'Medicine');
    await core.call('mentorships.create', {
      mentorId: nominee.id,
      menteeId: proposed.id,
      programId: program.id,
      startDate: '2026-04-01',
      status: 'proposed',
    });

    const secondMentees = [await addPerson(core, 'Ines Costa', 'Assistant Professor', 'Pediatrics')];
    secondMentees.push(await addPerson(core, 'Tomás Ruiz', 'Assistant Professor', 'Pediatrics'));
    for (const mentee of secondMentees)
      await core.call('mentorships.create', {
        mentorId: second.id,
        menteeId: mentee.id,
        programId: program.id,
        startDate: '2024-09-01',
      });
    // Six of the first nominee's mentees answered (shown); two of the second's (too few: suppressed).
    await addSurveyAnswers(core, { name: 'Annual Mentoring Survey', year: 2025 }, [
      ...mentees.map((m, i) => ({ facultyId: m.id, ordinal: i < 4 ? 5 : 4, comment: 'A raw comment never printed' })),
      ...secondMentees.map((m) => ({ facultyId: m.id, ordinal: 2 })),
    ]);

    cycleId = await addCycle(core, {
      maxSupportLetters: 2,
      letterPageLimit: 2,
      statementPageLimit: 1,
      packetPageLimit: 12,
    });
    minh = await addNomination(core, {
      cycleId,
      nomineeId: nominee.id,
      nominatorId: nominator.id,
      statement: statementParagraphs.join('\n\n'),
      letters: [
        {
          kind: 'support',
          title: 'From the chair',
          author: 'Dr. Kofi Boateng',
          pages: ['CHAIR LETTER PAGE ONE', 'CHAIR LETTER PAGE TWO'],
        },
        {
          kind: 'nomination',
          title: 'Nomination',
          author: 'Ana García-López',
          pages: ['NOMINATION LETTER PAGE ONE', 'NOMINATION LETTER PAGE TWO'],
        },
        { kind: 'cv', title: 'Curriculum vitae', pages: ['CV OF DR NGUYEN'] },
        { kind: 'support', title: 'From a former mentee', author: 'Dr. Bo Li', pages: ['FORMER MENTEE LETTER'] },
      ],
      comments: ['She answered every email within a day.', 'The peer group kept me in academic medicine.'],
    });
    padraig = await addNomination(core, {
      cycleId,
      nomineeId: second.id,
      nominatorId: nominator.id,
      statement: Array.from(
        { length: 30 },
        (_, i) => `Paragraph ${i + 1}. ${'He listens, then helps. '.repeat(25)}`,
      ).join('\n\n'),
      letters: [
        { kind: 'support', title: 'First', pages: ['FIRST SUPPORT'] },
        { kind: 'support', title: 'Second', pages: ['SECOND SUPPORT 1', 'SECOND SUPPORT 2', 'SECOND SUPPORT 3'] },
        { kind: 'support', title: 'Third', pages: ['THIRD SUPPORT'] },
      ],
    });
    okafor = await addNomination(core, {
      cycleId,
      nomineeId: third.id,
      nominatorId: nominator.id,
      status: 'under_review',
    });
    await addNomination(core, { cycleId, nomineeId: nominator.id, nominatorId: nominee.id, status: 'draft' });

    const one = await core.call('awards.packets.one', { nominationId: minh });
    expect(one.file.mimeType).toBe('application/pdf');
    expect(one.file.fileName).toBe('packet-nguyen-thi-minh.pdf');
    pages = one.pages;
    pdf = await readPdf(Buffer.from(one.file.base64, 'base64'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('has a cover naming the award, cycle, nominee and nominator, marked confidential', () => {
    const cover = pdf.pages[0]!;
    for (const text of [
      'Department Mentoring Award',
      'Nomination packet · 2026 cycle',
      'Nguyễn Thị Minh',
      'Professor, Medicine',
      'Nominated by',
      'Ana García-López',
      'Confidential — for the selection committee',
    ])
      expect(cover).toContain(text);
    expect(pdf.info.Title).toBe('Nomination packet: Nguyễn Thị Minh');
    expect(pdf.info.Author).toBe('test');
    expect(pdf.tagged).toBe(true);
  });

  it('lists every part in the contents with the page where it really starts', () => {
    const contents = pdf.pages[1]!;
    expect(contents).toMatch(/^Contents/);
    const expected: [string, number, string][] = [
      ['Nomination statement', 3, 'Nomination statement'],
      ['Mentoring record', 4, 'Mentoring record'],
      ['Survey evidence', 5, 'Survey evidence'],
      ['Nomination letter: Nomination (Ana García-López)', 6, 'NOMINATION LETTER PAGE ONE'],
      ['Curriculum vitae: Curriculum vitae', 8, 'CV OF DR NGUYEN'],
      ['Support letter 1: From the chair (Dr. Kofi Boateng)', 9, 'CHAIR LETTER PAGE ONE'],
      ['Support letter 2: From a former mentee (Dr. Bo Li)', 11, 'FORMER MENTEE LETTER'],
    ];
    for (const [title, page, startsWith] of expected) {
      expect(contents).toContain(`${title} ${page}`);
      expect(pdf.pages[page - 1]!.startsWith(startsWith)).toBe(true);
    }
    expect(pages).toBe(11);
    expect(pdf.pageCount).toBe(11);
  });

  it('numbers the generated pages across the whole packet and keeps the letters as uploaded', () => {
    for (let n = 1; n <= 5; n++) expect(pdf.pages[n - 1]).toContain(`Page ${n} of 11`);
    expect(pdf.pages[6]).toBe('NOMINATION LETTER PAGE TWO');
    expect(pdf.pages[9]).toBe('CHAIR LETTER PAGE TWO');
  });

  it('prints the statement with its author', () => {
    const page = pdf.pages[2]!;
    expect(page).toContain('By Ana García-López, Professor, Medicine');
    for (const paragraph of statementParagraphs) expect(squash(page)).toContain(squash(paragraph));
  });

  it('prints the whole mentoring record: mentees with kind, dates and outcomes (not proposed pairs), groups, meetings and hours, no confidential text', () => {
    const page = pdf.pages[3]!;
    for (const text of [
      '6 mentees, 1 peer group facilitated, 4 meetings logged (4.5 hours)',
      'Siobhán Ó Súilleabháin',
      'Zoë Dubois',
      'Sponsor',
      '2023-09-01 – now',
      'Active; 1 of 2 goals achieved',
      'Ended 2025-12-31; no goals recorded',
      'Promotion Peer Group',
      'Preparing for promotion',
    ])
      expect(page).toContain(text);
    expect(page).not.toContain('Yusuf Demir');
    expect(page).not.toContain('A private reason');
    expect(page).not.toContain('Submit an R01');
  });

  it('shows survey evidence as totals of the nominee’s mentees, with only the selected comments', () => {
    const page = pdf.pages[4]!;
    for (const text of [
      'Annual Mentoring Survey (2025)',
      '6 mentees of the nominee answered.',
      'My mentor helps me plan my career.',
      'Strongly agree: 4 (66.7%)',
      'Agree: 2 (33.3%)',
      '“She answered every email within a day.”',
      '“The peer group kept me in academic medicine.”',
    ])
      expect(page).toContain(text);
    expect(page).not.toContain('A raw comment never printed');
    // The second nominee's two mentees are not counted here.
    expect(page).not.toContain('Disagree: 2');
  });

  it('bookmarks every part and every letter', () => {
    expect(pdf.outline).toEqual([
      'Cover',
      'Contents',
      'Nomination statement',
      'Mentoring record',
      'Survey evidence',
      'Nomination letter: Nomination (Ana García-López)',
      'Curriculum vitae: Curriculum vitae',
      'Support letter 1: From the chair (Dr. Kofi Boateng)',
      'Support letter 2: From a former mentee (Dr. Bo Li)',
    ]);
  });

  it('is byte-for-byte the same when printed twice at the same time (deterministic mode)', async () => {
    const [a, b] = [
      await core.call('awards.packets.one', { nominationId: minh }),
      await core.call('awards.packets.one', { nominationId: minh }),
    ];
    expect(a.file.base64).toBe(b.file.base64);
  });

  it('suppresses survey evidence from fewer than five mentees and warns about every limit exceeded', async () => {
    const result = await core.call('awards.packets.one', { nominationId: padraig });
    const contents = await readPdf(Buffer.from(result.file.base64, 'base64'));
    const evidence = contents.pages.find((p) => p.startsWith('Survey evidence'))!;
    expect(evidence).toContain(
      'Fewer than 5 of the nominee’s mentees answered this survey, so nothing from it is shown',
    );
    expect(evidence).not.toContain('Disagree');
    expect(contents.pages.some((p) => p.includes('Pádraig Ó Súilleabháin'))).toBe(true);
    expect(result.warnings.map((w) => w.code).sort()).toEqual([
      'LETTER_OVER_PAGE_LIMIT',
      'PACKET_OVER_PAGE_LIMIT',
      'STATEMENT_OVER_PAGE_LIMIT',
      'TOO_MANY_SUPPORT_LETTERS',
    ]);
    const byCode = Object.fromEntries(result.warnings.map((w) => [w.code, w]));
    expect(byCode.TOO_MANY_SUPPORT_LETTERS!.message).toBe('3 support letters; this cycle allows 2.');
    expect(byCode.LETTER_OVER_PAGE_LIMIT!.message).toBe(
      'Support letter 2 has 3 pages; this cycle allows 2 pages per letter.',
    );
    expect(byCode.STATEMENT_OVER_PAGE_LIMIT!.message).toMatch(
      /^The nomination statement takes [2-9] pages; this cycle allows 1 page\.$/,
    );
    expect(byCode.PACKET_OVER_PAGE_LIMIT!.message).toBe(
      `The packet has ${result.pages} pages; this cycle allows 12 pages.`,
    );
    expect(result.warnings.every((w) => w.nominee === 'Pádraig Ó Súilleabháin' && w.nominationId === padraig)).toBe(
      true,
    );
  });

  it('checks a whole cycle or one nomination before printing', async () => {
    const cycle = await core.call('awards.packets.check', { cycleId });
    expect(new Set(cycle.map((w) => w.nominationId))).toEqual(new Set([padraig]));
    expect(await core.call('awards.packets.check', { nominationId: minh })).toEqual([]);
    await expectError(core.call('awards.packets.check', {}), 'VALIDATION');
    await expectError(core.call('awards.packets.check', { cycleId: 999 }), 'NOT_FOUND');
    await expectError(core.call('awards.packets.one', { nominationId: 999 }), 'NOT_FOUND');
  });

  it('the check (which measures packets without making them) warns exactly as the printed packets do', async () => {
    const printed = [];
    for (const nominationId of [minh, padraig, okafor]) {
      const packet = await core.call('awards.packets.one', { nominationId });
      expect(await core.call('awards.packets.check', { nominationId })).toEqual(packet.warnings);
      printed.push(...packet.warnings);
    }
    // Over the statement, packet and letter limits: the page counts in the messages are the printed ones.
    expect(new Set(printed.map((w) => w.code)).size).toBeGreaterThanOrEqual(2);
  });

  it('refuses a damaged or password-protected letter with a clear message', async () => {
    const otherCycle = await addCycle(core, { year: 2027 });
    const broken = await addNomination(core, {
      cycleId: otherCycle,
      nomineeId: (await addPerson(core, 'Dana Broken', 'Professor', 'Medicine')).id,
      nominatorId: (await addPerson(core, 'Eli Nominator', 'Professor', 'Medicine')).id,
      letters: [{ kind: 'support', title: 'Broken', bytes: Buffer.from('%PDF-1.7\nthis is not a real pdf') }],
    });
    const damaged = await expectError(core.call('awards.packets.one', { nominationId: broken }), 'FILE_CORRUPT');
    expect(damaged.message).toBe(
      `The support letter (position 1) of nomination ${broken} is damaged and cannot be read. Upload the letter again.`,
    );
    const locked = await addNomination(core, {
      cycleId: otherCycle,
      nomineeId: (await addPerson(core, 'Fay Locked', 'Professor', 'Medicine')).id,
      nominatorId: (await addPerson(core, 'Gus Nominator', 'Professor', 'Medicine')).id,
      letters: [{ kind: 'cv', title: 'CV', bytes: await letterPdf(['secret cv'], { password: 'pw' }) }],
    });
    const protectedError = await expectError(
      core.call('awards.packets.one', { nominationId: locked }),
      'FILE_PASSWORD_PROTECTED',
    );
    expect(protectedError.message).toContain('is password-protected');
  });

  it('generates one combined file with a bookmark per nominee and their parts nested under it', async () => {
    const result = await core.call('awards.packets.generate', { cycleId, output: 'combined' });
    if (result.cancelled) throw new Error('not cancelled');
    expect(result.files).toHaveLength(1);
    expect(result.packets).toBe(3);
    expect(result.files[0]!.fileName).toBe('packets-department-mentoring-award-2026.pdf');
    const combined = await readPdf(Buffer.from(result.files[0]!.base64, 'base64'));
    expect(combined.pageCount).toBe(result.pages);
    expect(combined.info.Title).toBe('Nomination packets: Department Mentoring Award, 2026');
    const nominees = combined.outline.filter((line) => !line.startsWith(' '));
    // Drafts are left out by default; nominees in name order.
    expect(nominees).toEqual(['Chinwe Okafor', 'Nguyễn Thị Minh', 'Pádraig Ó Súilleabháin']);
    expect(combined.outline).toContain('  Support letter 2: From a former mentee (Dr. Bo Li)');
    expect(combined.outline.filter((l) => l === '  Cover')).toHaveLength(3);
    expect(combined.pages[0]).toContain('Chinwe Okafor');
    expect(combined.pages.filter((p) => p.startsWith('Contents'))).toHaveLength(3);
    expect(result.warnings.map((w) => w.nominationId)).toEqual(Array(4).fill(padraig));
  });

  it('generates one file per nominee, named from the nominee, for the chosen statuses', async () => {
    const result = await core.call('awards.packets.generate', {
      cycleId,
      output: 'perNominee',
      statuses: ['submitted', 'under_review', 'draft'],
    });
    if (result.cancelled) throw new Error('not cancelled');
    expect(result.files.map((f) => f.fileName)).toEqual([
      'packet-ana-garcia-lopez.pdf',
      'packet-chinwe-okafor.pdf',
      'packet-nguyen-thi-minh.pdf',
      'packet-padraig-o-suilleabhain.pdf',
    ]);
    const okaforPacket = await readPdf(Buffer.from(result.files[1]!.base64, 'base64'));
    expect(okaforPacket.pages[3]).toContain('No mentees are recorded in Trellis for the nominee.');
    expect(okaforPacket.pages[4]).toContain(
      'No survey answers from the nominee’s mentees are linked to people in Trellis.',
    );
    void okafor;
    await expectError(
      core.call('awards.packets.generate', { cycleId, output: 'combined', statuses: ['not_selected'] }),
      'NOT_FOUND',
    );
  });

  it('reports progress while it runs and stops cleanly when cancelled mid-batch', async () => {
    const progressKey = 'cancel-test';
    const running = core.call('awards.packets.generate', { cycleId, output: 'combined', progressKey });
    let seen = null;
    for (;;) {
      seen = (await core.call('awards.packets.progress', { progressKey })).progress;
      if (seen && seen.done >= 1) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen.total).toBe(3);
    expect((await core.call('awards.packets.cancel', { progressKey })).cancelled).toBe(true);
    expect(await running).toEqual({ cancelled: true });
    const after = (await core.call('awards.packets.progress', { progressKey })).progress!;
    expect(after.cancelled).toBe(true);
    expect(after.done).toBeLessThan(3);
    // A finished run cannot be cancelled any more; an unknown key has no progress.
    expect((await core.call('awards.packets.cancel', { progressKey })).cancelled).toBe(false);
    expect((await core.call('awards.packets.progress', { progressKey: 'never-started' })).progress).toBeNull();
  });
});
