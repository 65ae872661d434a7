import { deflateSync, crc32 } from 'node:zlib';
import type { Core } from '../../electron/core/core';
import type { Rank } from '../../electron/common/ranks';

/**
 * Records the document tests print: a mentor with an Irish name, mentees with
 * Spanish and Vietnamese names, one partnership with goals and meetings, and
 * a facilitated peer group. Everything is invented.
 */
export interface DocumentRecords {
  programId: number;
  mentor: { id: number; name: string; email: string };
  mentee: { id: number; name: string };
  mentorshipId: number;
  groupId: number;
  /** People with no mentoring at all. */
  bystander: { id: number; email: string };
  /** The mentor's other mentees, for the satisfaction rule (five or more answers). */
  otherMentees: number[];
}

export const names = {
  mentor: 'Siobhán Ó Súilleabháin',
  mentee: 'María García-López',
  member: 'Nguyễn Thị Minh',
  bystander: 'Jonas Weiß',
};

export async function createDocumentRecords(core: Core): Promise<DocumentRecords> {
  const person = (name: string, email: string, rank: Rank, department: string) =>
    core.call('faculty.create', { name, email, rank, department, appointmentStart: '2012-07-01' });
  const mentor = await person(names.mentor, 'siobhan.osuilleabhain@med.example.edu', 'Professor', 'Psychiatry');
  const mentee = await person(names.mentee, 'maria.garcia-lopez@med.example.edu', 'Assistant Professor', 'Medicine');
  const member = await person(names.member, 'minh.nguyen@med.example.edu', 'Assistant Professor', 'Pediatrics');
  const bystander = await person(names.bystander, 'jonas.weiss@med.example.edu', 'Associate Professor', 'Surgery');
  const program = await core.call('programs.create', {
    name: 'Early Career Faculty Mentoring Program',
    sponsor: 'Office of Academic Affairs',
    targetRanks: ['Assistant Professor'],
  });
  const mentorship = await core.call('mentorships.create', {
    mentorId: mentor.id,
    menteeId: mentee.id,
    kind: 'mentor',
    programId: program.id,
    startDate: '2025-09-01',
    cadenceDays: 90,
  });
  await core.call('mentorships.addGoal', { mentorshipId: mentorship.id, text: 'Submit a K-award application' });
  await core.call('mentorships.addGoal', {
    mentorshipId: mentorship.id,
    text: 'Prepare the dossier for promotion to Associate Professor',
    status: 'in_progress',
  });
  for (const heldOn of ['2025-10-02', '2026-01-15', '2026-04-20'])
    await core.call('meetings.log', { mentorshipId: mentorship.id, heldOn, durationMinutes: 60, topics: [] });

  const group = await core.call('peerGroups.create', {
    programId: program.id,
    name: 'Integrated Care Peer Group',
    focus: 'Integrated care',
    facilitatorId: mentor.id,
    schedule: 'First Tuesday of each month, 12:00–13:00',
    meetingMinutes: 60,
    startedOn: '2025-09-15',
  });
  for (const id of [mentee.id, member.id])
    await core.call('peerGroups.addMember', {
      groupId: group.id,
      facultyId: id,
      joinedOn: '2025-09-15',
      agreedAttendance: true,
      agreedConfidentiality: true,
    });
  await core.call('meetings.log', {
    peerGroupId: group.id,
    heldOn: '2025-10-07',
    durationMinutes: 60,
    topics: [],
    attendedIds: [mentee.id, member.id],
  });

  const otherMentees: number[] = [];
  for (let i = 1; i <= 4; i++) {
    const other = await person(`Mentee Number ${i}`, `mentee${i}@med.example.edu`, 'Instructor', 'Medicine');
    await core.call('mentorships.create', {
      mentorId: mentor.id,
      menteeId: other.id,
      kind: i === 4 ? 'sponsor' : 'mentor',
      programId: program.id,
      startDate: '2025-10-01',
    });
    otherMentees.push(other.id);
  }
  return {
    programId: program.id,
    mentor: { id: mentor.id, name: mentor.name, email: mentor.email },
    mentee: { id: mentee.id, name: mentee.name },
    mentorshipId: mentorship.id,
    groupId: group.id,
    bystander: { id: bystander.id, email: bystander.email },
    otherMentees,
  };
}

/**
 * An annual survey with a satisfaction question, answered by the given people
 * (Likert answers stored as [ordinal, label], as the importer stores them).
 */
export async function addSatisfactionAnswers(core: Core, respondents: number[], ordinal = 4): Promise<void> {
  const db = core.session.require().kysely;
  const stamp = '2026-06-30T12:00:00.000Z';
  const scale = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
  const survey = await db
    .insertInto('surveys')
    .values({ name: 'Annual Mentoring Survey 2026', year: 2026, kind: 'annual', created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_questions')
    .values({
      survey_id: survey.id,
      position: 1,
      key: 'satisfaction',
      text: 'Overall, how satisfied are you with your mentoring?',
      type: 'likert',
      options: JSON.stringify(scale),
      effect: null,
    })
    .execute();
  const batch = await db
    .insertInto('import_batches')
    .values({
      kind: 'survey',
      file_name: 'survey.xlsx',
      sha256: 'x'.repeat(64),
      sheet: 'Sheet1',
      survey_id: survey.id,
      mapping: '{}',
      counts: '{}',
      actor: 'test',
      created_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let row = 2;
  for (const facultyId of respondents) {
    await db
      .insertInto('survey_responses')
      .values({
        survey_id: survey.id,
        batch_id: batch.id,
        faculty_id: facultyId,
        respondent_key: null,
        response_ref: null,
        started_at: null,
        completed_at: null,
        status: 'complete',
        department: null,
        rank: null,
        career_stage: null,
        answers: JSON.stringify({ 1: [ordinal, scale[ordinal - 1]] }),
        source_row: row++,
        created_at: stamp,
      })
      .execute();
  }
}

/** A real PNG of one colour: signature, chunks and CRCs as any image program writes them. */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [31, 58, 95]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
