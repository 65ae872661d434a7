import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addPeople,
  addPerson,
  addProgram,
  auditCount,
  database,
  expectError,
  openTestCore,
  type TestCore,
} from '../../support/mentoringCore';

let t: TestCore;
let people: Awaited<ReturnType<typeof addPeople>>;
let programId: number;

beforeEach(async () => {
  t = await openTestCore();
  people = await addPeople(t.core);
  programId = (await addProgram(t.core)).id;
});
afterEach(() => t.close());

const pair = (mentorId: number, menteeId: number, extra: Record<string, unknown> = {}) => ({
  mentorId,
  menteeId,
  programId,
  startDate: '2025-01-10',
  ...extra,
});

describe('creating a mentorship', () => {
  it('starts active with the first annual review a year after the start, and derives same department', async () => {
    const m = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    expect(m).toMatchObject({
      status: 'active',
      kind: 'mentor',
      cadenceDays: 90,
      nextReviewOn: '2026-01-10',
      sameDepartment: true,
      mentor: { name: 'Ana García' },
      mentee: { name: 'Chinwe Okafor' },
      program: { id: programId },
      meetingDueOn: '2025-04-10',
      warnings: [],
    });
    const other = await t.core.call('mentorships.create', pair(people.pediatrician.id, people.assistant.id));
    expect(other.sameDepartment).toBe(false);
  });

  it('refuses a person mentoring themselves, with SELF_MENTORSHIP and a plain message', async () => {
    const error = await expectError(
      t.core.call('mentorships.create', pair(people.assistant.id, people.assistant.id)),
      'SELF_MENTORSHIP',
    );
    expect(error.message).toBe('A person cannot mentor themselves. Choose a different mentor or mentee.');
    expect(error.fields?.menteeId).toBeDefined();
  });

  it('refuses a duplicate open pair of the same kind, but allows another kind and a pair after one ended', async () => {
    const first = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    const error = await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { startDate: '2025-03-01' })),
      'DUPLICATE_MENTORSHIP',
    );
    expect(error.message).toContain('Ana García is already Chinwe Okafor’s mentor (active since 2025-01-10)');

    const sponsor = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { kind: 'sponsor' }),
    );
    expect(sponsor.kind).toBe('sponsor');

    await t.core.call('mentorships.end', { id: first.id, endedOn: '2025-05-01', reason: 'Goals met.' });
    const again = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { startDate: '2025-05-02' }),
    );
    expect(again.status).toBe('active');
  });

  it('treats a proposed pair as open, and a peer pair as the same pair in either direction', async () => {
    await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { status: 'proposed' }));
    const proposed = await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id)),
      'DUPLICATE_MENTORSHIP',
    );
    expect(proposed.message).toContain('already have a proposed mentor relationship');

    await t.core.call('mentorships.create', pair(people.assistant.id, people.newcomer.id, { kind: 'peer' }));
    await expectError(
      t.core.call('mentorships.create', pair(people.newcomer.id, people.assistant.id, { kind: 'peer' })),
      'DUPLICATE_MENTORSHIP',
    );
  });

  it('warns, without refusing, when a mentor or sponsor is junior in rank to the mentee (not for peers)', async () => {
    const mentor = await t.core.call('mentorships.create', pair(people.assistant.id, people.associate.id));
    expect(mentor.warnings).toEqual([
      {
        code: 'MENTOR_JUNIOR_IN_RANK',
        message:
          'Chinwe Okafor (Assistant Professor) is junior in rank to Bo Li (Associate Professor). Mentors are usually more senior than the person they support.',
      },
    ]);
    const sponsor = await t.core.call(
      'mentorships.create',
      pair(people.assistant.id, people.associate.id, { kind: 'sponsor' }),
    );
    expect(sponsor.warnings[0]?.message).toContain('Sponsors are usually more senior');
    const peer = await t.core.call(
      'mentorships.create',
      pair(people.assistant.id, people.associate.id, { kind: 'peer' }),
    );
    expect(peer.warnings).toEqual([]);
    // Same rank is not junior.
    const equal = await t.core.call('mentorships.create', pair(people.pediatrician.id, people.professor.id));
    expect(equal.warnings).toEqual([]);
  });

  it('warns when a mentor goes over the program’s mentee threshold', async () => {
    const small = await addProgram(t.core, { name: 'Pilot', menteeWarningThreshold: 2 });
    const mentees = [
      people.assistant,
      people.newcomer,
      await addPerson(t.core, 'Zoë Lefèvre', 'Assistant Professor', 'Medicine'),
    ];
    const results = [];
    for (const mentee of mentees) {
      results.push(
        await t.core.call('mentorships.create', pair(people.professor.id, mentee.id, { programId: small.id })),
      );
    }
    expect(results[1]!.warnings).toEqual([]);
    expect(results[2]!.warnings).toEqual([
      {
        code: 'MENTOR_OVER_THRESHOLD',
        message: 'Ana García now mentors 3 people, more than the 2 that Pilot suggests for one mentor.',
      },
    ]);
  });

  it('refuses people who are no longer active and programs that are closed', async () => {
    await t.core.call('faculty.setActive', { id: people.pediatrician.id, active: false });
    const inactive = await expectError(
      t.core.call('mentorships.create', pair(people.pediatrician.id, people.assistant.id)),
      'CONFLICT',
    );
    expect(inactive.message).toContain('Søren Lindqvist is marked as no longer active');

    const closed = await addProgram(t.core, { name: 'Old pilot', status: 'closed' });
    await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { programId: closed.id })),
      'CONFLICT',
    );
  });

  it('checks dates and cadence with plain messages', async () => {
    const error = await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { plannedEnd: '2024-01-01' })),
      'VALIDATION',
    );
    expect(error.fields?.plannedEnd).toBe('The planned end must be on or after the start date.');
    const badDate = await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { startDate: '2025-02-30' })),
      'VALIDATION',
    );
    expect(badDate.fields?.startDate).toBe('Enter the start date as YYYY-MM-DD.');
    await expectError(
      t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id, { cadenceDays: 400 })),
      'VALIDATION',
    );
  });
});

describe('the life of a mentorship', () => {
  it('activates a proposal, setting the first review from the start date', async () => {
    const proposed = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { status: 'proposed' }),
    );
    expect(proposed.nextReviewOn).toBeNull();
    const active = await t.core.call('mentorships.activate', { id: proposed.id, startDate: '2025-02-01' });
    expect(active).toMatchObject({ status: 'active', startDate: '2025-02-01', nextReviewOn: '2026-02-01' });
    await expectError(t.core.call('mentorships.activate', { id: proposed.id }), 'CONFLICT');
  });

  it('ends with a reason and refuses to end twice or before the start', async () => {
    const m = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    await expectError(t.core.call('mentorships.end', { id: m.id, endedOn: '2024-12-01', reason: 'x' }), 'VALIDATION');
    const ended = await t.core.call('mentorships.end', { id: m.id, reason: 'Mentee moved to another institution.' });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2025-06-15', nextReviewOn: null, warnings: [] });
    expect(ended.endReason).toBe('Mentee moved to another institution.');
    await expectError(t.core.call('mentorships.end', { id: m.id, reason: 'again' }), 'CONFLICT');
  });

  it('moves the first review when the start date is edited, until a review is recorded', async () => {
    const m = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    const edited = await t.core.call('mentorships.update', {
      id: m.id,
      programId,
      startDate: '2025-02-15',
      cadenceDays: 60,
      notes: 'Prefers early mornings.',
    });
    expect(edited).toMatchObject({
      startDate: '2025-02-15',
      nextReviewOn: '2026-02-15',
      cadenceDays: 60,
      notes: 'Prefers early mornings.',
    });
  });
});

describe('the annual review', () => {
  it('continue: the next review moves to a year after the review date', async () => {
    const m = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { startDate: '2024-05-20' }),
    );
    expect(m.nextReviewOn).toBe('2025-05-20');
    const { mentorship, review, changeRequestId } = await t.core.call('mentorships.recordReview', {
      id: m.id,
      reviewedOn: '2025-06-01',
      outcome: 'continue',
      note: 'Both happy to continue.',
    });
    expect(mentorship.nextReviewOn).toBe('2026-06-01');
    expect(mentorship.status).toBe('active');
    expect(review).toMatchObject({ reviewedOn: '2025-06-01', outcome: 'continue', note: 'Both happy to continue.' });
    expect(changeRequestId).toBeNull();
    expect(mentorship.reviews).toHaveLength(1);
  });

  it('end: the pair ends on the review date', async () => {
    const m = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { startDate: '2024-05-20' }),
    );
    const { mentorship } = await t.core.call('mentorships.recordReview', { id: m.id, outcome: 'end' });
    expect(mentorship).toMatchObject({
      status: 'ended',
      endedOn: '2025-06-15',
      nextReviewOn: null,
      endReason: 'Ended at the annual review.',
    });
  });

  it('change: opens a change request linked to the review, keeps the pair active and moves the review on', async () => {
    const m = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { startDate: '2024-05-20' }),
    );
    const { mentorship, review, changeRequestId } = await t.core.call('mentorships.recordReview', {
      id: m.id,
      reviewedOn: '2025-05-25',
      outcome: 'change',
      note: 'Mentee wants a mentor closer to their clinical work.',
    });
    expect(mentorship.status).toBe('active');
    expect(mentorship.nextReviewOn).toBe('2026-05-25');
    expect(changeRequestId).not.toBeNull();
    const request = await t.core.call('changeRequests.get', { id: changeRequestId! });
    expect(request).toMatchObject({
      raisedBy: 'office',
      raisedOn: '2025-05-25',
      status: 'open',
      reviewId: review.id,
      reason: 'Mentee wants a mentor closer to their clinical work.',
    });
    // A second "change" review reuses the open request.
    const second = await t.core.call('mentorships.recordReview', { id: m.id, outcome: 'change' });
    expect(second.changeRequestId).toBe(changeRequestId);
  });

  it('refuses reviews of proposals, before the start, or in the future', async () => {
    const proposed = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.assistant.id, { status: 'proposed' }),
    );
    const notStarted = await expectError(
      t.core.call('mentorships.recordReview', { id: proposed.id, outcome: 'continue' }),
      'CONFLICT',
    );
    expect(notStarted.message).toContain('Activate it first');
    const m = await t.core.call('mentorships.create', pair(people.pediatrician.id, people.assistant.id));
    const early = await expectError(
      t.core.call('mentorships.recordReview', { id: m.id, reviewedOn: '2025-01-01', outcome: 'continue' }),
      'VALIDATION',
    );
    expect(early.fields?.reviewedOn).toBe('The review date cannot be before the mentorship started (2025-01-10).');
    const future = await expectError(
      t.core.call('mentorships.recordReview', { id: m.id, reviewedOn: '2025-07-01', outcome: 'continue' }),
      'VALIDATION',
    );
    expect(future.fields?.reviewedOn).toBe('The review date cannot be in the future.');
    const rows = await database(t.core).selectFrom('mentorship_reviews').selectAll().execute();
    expect(rows).toEqual([]);
  });
});

describe('goals', () => {
  it('adds goals in order, updates their status and moves them', async () => {
    const m = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    await t.core.call('mentorships.addGoal', { mentorshipId: m.id, text: 'Submit a K award' });
    await t.core.call('mentorships.addGoal', { mentorshipId: m.id, text: 'Publish two papers' });
    const withThree = await t.core.call('mentorships.addGoal', {
      mentorshipId: m.id,
      text: 'Teach a course',
      status: 'in_progress',
    });
    expect(withThree.goals.map((g) => [g.text, g.status, g.position])).toEqual([
      ['Submit a K award', 'not_started', 0],
      ['Publish two papers', 'not_started', 1],
      ['Teach a course', 'in_progress', 2],
    ]);
    const teach = withThree.goals[2]!;
    const moved = await t.core.call('mentorships.updateGoal', { id: teach.id, status: 'achieved', position: 0 });
    expect(moved.goals.map((g) => [g.text, g.status])).toEqual([
      ['Teach a course', 'achieved'],
      ['Submit a K award', 'not_started'],
      ['Publish two papers', 'not_started'],
    ]);
    await expectError(t.core.call('mentorships.addGoal', { mentorshipId: m.id, text: '  ' }), 'VALIDATION');
  });

  it('does not add goals to an ended mentorship', async () => {
    const m = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    await t.core.call('mentorships.end', { id: m.id, reason: 'Done.' });
    await expectError(t.core.call('mentorships.addGoal', { mentorshipId: m.id, text: 'Late goal' }), 'CONFLICT');
  });
});

describe('listing', () => {
  it('filters by program, status, person and kind, and finds names without accents', async () => {
    const other = await addProgram(t.core, { name: 'Pediatrics program', sponsor: 'Department of Pediatrics' });
    const a = await t.core.call('mentorships.create', pair(people.professor.id, people.assistant.id));
    const b = await t.core.call(
      'mentorships.create',
      pair(people.pediatrician.id, people.newcomer.id, { programId: other.id }),
    );
    const c = await t.core.call(
      'mentorships.create',
      pair(people.professor.id, people.associate.id, { kind: 'sponsor' }),
    );
    await t.core.call('mentorships.end', { id: c.id, reason: 'Promoted.' });
    const ids = async (input: Record<string, unknown>) =>
      (await t.core.call('mentorships.list', input)).rows.map((r) => r.id).sort();

    expect(await ids({})).toEqual([a.id, b.id, c.id].sort());
    expect(await ids({ programId: other.id })).toEqual([b.id]);
    expect(await ids({ status: 'active' })).toEqual([a.id, b.id].sort());
    expect(await ids({ personId: people.professor.id })).toEqual([a.id, c.id].sort());
    expect(await ids({ kind: 'sponsor' })).toEqual([c.id]);
    expect(await ids({ search: 'lindqvist' })).toEqual([b.id]);
    expect(await ids({ search: 'nguyen thao' })).toEqual([b.id]);
    const page = await t.core.call('mentorships.list', { limit: 1, sort: 'mentee' });
    expect(page.total).toBe(3);
    expect(page.rows[0]!.mentee.name).toBe('Bo Li');
  });
});

it('audits every write by record type and id, never by content', async () => {
  const before = await auditCount(t.core);
  const m = await t.core.call(
    'mentorships.create',
    pair(people.professor.id, people.assistant.id, { notes: 'Confidential: going through a divorce.' }),
  );
  await t.core.call('mentorships.recordReview', { id: m.id, outcome: 'change', note: 'Private review note.' });
  const rows = await database(t.core)
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', before)
    .orderBy('id')
    .execute();
  expect(rows.map((r) => [r.operation, r.record_type])).toEqual([
    ['mentorships.create', 'mentorship'],
    ['mentorships.recordReview', 'mentorship'],
    ['mentorships.recordReview', 'mentorship_review'],
    ['mentorships.recordReview', 'change_request'],
  ]);
  expect(JSON.stringify(rows)).not.toMatch(/divorce|Private review/);
});
