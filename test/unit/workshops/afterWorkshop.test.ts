import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../electron/core/workshops/contract';
import { readPdf } from '../../support/pdfText';
import { database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { participantOf, workshopWithPeople } from '../../support/workshops';

/** The participant ids each participant sat with, from the plan. */
function partnersOf(workshop: Workshop, participantId: number): number[] {
  return workshop.rounds.flatMap((r) =>
    r.groups
      .filter((g) => g.people.some((p) => p.participantId === participantId))
      .flatMap((g) => g.people.map((p) => p.participantId).filter((id) => id !== participantId)),
  );
}

describe('after the workshop', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore('2026-03-10');
  });
  afterEach(async () => t.close());

  async function heldWorkshop(count: number) {
    const setup = await workshopWithPeople(t.core, count);
    await t.core.call('workshops.setAttendance', {
      participantIds: setup.workshop.participants.map((p) => p.id),
      attendance: 'present',
    });
    const workshop = await t.core.call('workshops.plan', { workshopId: setup.workshop.id, seed: 8 });
    return { ...setup, workshop };
  }

  it('mutual wishes become proposed peer mentorships in one step; one-sided wishes and walk-ins without a record do not', async () => {
    const { workshop, program } = await heldWorkshop(8);
    const [a] = workshop.participants;
    const [aPartnerB, aPartnerC] = partnersOf(workshop, a!.id);
    await t.core.call('workshops.setWishes', { participantId: a!.id, partnerIds: [aPartnerB!, aPartnerC!] });
    await t.core.call('workshops.setWishes', { participantId: aPartnerB!, partnerIds: [a!.id] });
    const stranger = workshop.participants.find((p) => p.id !== a!.id && !partnersOf(workshop, a!.id).includes(p.id))!;
    await expectError(
      t.core.call('workshops.setWishes', { participantId: a!.id, partnerIds: [stranger.id] }),
      'NOT_A_PARTNER',
    );
    const withWishes = await t.core.call('workshops.get', { id: workshop.id });
    expect(withWishes.mutualWishes.map((m) => [...m.participantIds].sort())).toEqual([[a!.id, aPartnerB!].sort()]);

    const proposed = await t.core.call('workshops.proposePeerMentorships', { workshopId: workshop.id });
    expect(proposed.created).toHaveLength(1);
    expect(proposed.skipped).toEqual([]);
    const mentorship = await t.core.call('mentorships.get', { id: proposed.created[0]!.mentorshipId });
    const byId = new Map(workshop.participants.map((p) => [p.id, p.person!.id]));
    expect(mentorship).toMatchObject({ kind: 'peer', status: 'proposed', program: { id: program.id } });
    expect([mentorship.mentor.id, mentorship.mentee.id].sort()).toEqual([byId.get(a!.id), byId.get(aPartnerB!)].sort());

    // Asked again, the pair already has a proposed peer mentorship: it is reported, and nothing is added.
    const again = await t.core.call('workshops.proposePeerMentorships', { workshopId: workshop.id });
    expect(again.created).toEqual([]);
    expect(again.skipped[0]!.reason).toMatch(/already have a proposed peer mentor relationship/);
  });

  it('a walk-in without a directory record is named, not turned into a mentorship', async () => {
    const { workshop } = await workshopWithPeople(t.core, 1);
    await t.core.call('workshops.addWalkIn', { workshopId: workshop.id, name: 'Visiting Scholar' });
    await t.core.call('workshops.setAttendance', {
      participantIds: [workshop.participants[0]!.id],
      attendance: 'present',
    });
    const planned = await t.core.call('workshops.plan', { workshopId: workshop.id, seed: 1 });
    const [one, two] = planned.participants;
    await t.core.call('workshops.setWishes', { participantId: one!.id, partnerIds: [two!.id] });
    await t.core.call('workshops.setWishes', { participantId: two!.id, partnerIds: [one!.id] });
    const proposed = await t.core.call('workshops.proposePeerMentorships', { workshopId: workshop.id });
    expect(proposed.created).toEqual([]);
    expect(proposed.skipped).toEqual([
      {
        names: [one!.name, two!.name],
        reason: 'Visiting Scholar is not in the directory yet; link them to their directory record first.',
      },
    ]);
    await expectError(
      t.core.call('workshops.startPeerGroup', {
        workshopId: workshop.id,
        participantIds: [one!.id, two!.id],
        name: 'Circle',
        focus: 'Careers',
      }),
      'PARTICIPANT_NOT_IN_DIRECTORY',
    );
  });

  it('a new peer group from the workshop holds the 8-member limit: nine are refused and nothing is saved', async () => {
    const { workshop } = await heldWorkshop(10);
    const ids = workshop.participants.map((p) => p.id);
    await expectError(
      t.core.call('workshops.startPeerGroup', {
        workshopId: workshop.id,
        participantIds: ids.slice(0, 9),
        name: 'Speed Mentoring Alumni',
        focus: 'Career steps',
      }),
      'GROUP_FULL',
    );
    expect(await t.core.call('peerGroups.list', {})).toEqual([]);
    const group = await t.core.call('workshops.startPeerGroup', {
      workshopId: workshop.id,
      participantIds: ids.slice(0, 8),
      name: 'Speed Mentoring Alumni',
      focus: 'Career steps',
    });
    expect(group.members).toHaveLength(8);
  });

  it('the follow-up survey asks the wrap-up questions, and its template filled in comes back through the survey import', async () => {
    const { workshop } = await heldWorkshop(6);
    const followUp = await t.core.call('workshops.followUpSurvey', { workshopId: workshop.id });
    expect(followUp.created).toBe(true);
    const survey = await t.core.call('surveys.get', { id: followUp.survey.id });
    expect(survey.kind).toBe('evaluation');
    expect(survey.questions.map((q) => [q.text, q.type])).toEqual([
      ['How did it feel to be both mentor and mentee?', 'text'],
      ['How is this different from other (peer) mentoring experiences you’ve had?', 'text'],
      ['Moving forward, how will you use this workshop?', 'text'],
      ['What barriers to and facilitators of peer mentorship are you likely to encounter?', 'text'],
      ['How useful was the speed peer mentoring for you?', 'likert'],
    ]);
    expect((await t.core.call('workshops.followUpSurvey', { workshopId: workshop.id })).created).toBe(false);

    // The office types answers given on paper into the template and imports it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(followUp.template.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(1 + 6);
    for (let row = 2; row <= 4; row++) {
      sheet.getRow(row).getCell(3).value = `Answer ${row}: it felt natural to swap roles.`;
      sheet.getRow(row).getCell(7).value = 'Very useful';
    }
    const path = join(t.dir, 'follow-up answers.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const preview = await t.core.call('imports.preview', { path, kind: 'survey', surveyId: survey.id });
    expect(preview.mapping.filter((m) => m.target.startsWith('question:'))).toHaveLength(5);
    const result = await t.core.call('imports.commit', { previewId: preview.previewId });
    expect(result).toMatchObject({ inserted: 3, matched: { byEmail: 3 } });
    const linked = await database(t.core)
      .selectFrom('survey_responses')
      .select('faculty_id')
      .where('survey_id', '=', survey.id)
      .execute();
    const participants = new Set(workshop.participants.map((p) => p.person!.id));
    expect(linked.every((r) => participants.has(r.faculty_id!))).toBe(true);
  });

  it('counts the workshops people came to on their page and in their service-portfolio letter', async () => {
    const { people, program } = await heldWorkshop(4);
    const second = await t.core.call('workshops.create', {
      programId: program.id,
      heldOn: '2026-03-10',
      facilitators: [{ facultyId: people[3]!.id }],
    });
    await t.core.call('workshops.addParticipants', {
      workshopId: second.id,
      source: { kind: 'people', facultyIds: [people[0]!.id, people[1]!.id] },
    });
    const again = await t.core.call('workshops.get', { id: second.id });
    await t.core.call('workshops.setAttendance', {
      participantIds: [participantOf(again, people[0]!.id).id],
      attendance: 'present',
    });
    const page = await t.core.call('personMentoring.get', { facultyId: people[0]!.id });
    expect(page.workshops).toMatchObject({ attended: 2, facilitated: 0 });
    // Signed up but never came: not counted.
    expect((await t.core.call('personMentoring.get', { facultyId: people[1]!.id })).workshops.attended).toBe(1);

    const letter = await t.core.call('documents.serviceLetter', {
      facultyId: people[0]!.id,
      from: '2025-07-01',
      to: '2026-06-30',
    });
    const text = (await readPdf(Buffer.from(letter.file.base64, 'base64'))).pages.join(' ');
    expect(text).toContain('Took part in 2 peer-mentoring workshops, as both peer mentor and mentee.');
    const facilitator = await t.core.call('documents.serviceLetter', {
      facultyId: people[3]!.id,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const facilitatorText = (await readPdf(Buffer.from(facilitator.file.base64, 'base64'))).pages.join(' ');
    expect(facilitatorText).toContain('Took part in 1 peer-mentoring workshop');
    expect(facilitatorText).toContain('Facilitated 1 peer-mentoring workshop.');
  });
});
