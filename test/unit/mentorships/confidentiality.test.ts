import { afterEach, beforeEach, expect, it } from 'vitest';
import { filesContainingPlaintext } from '../../support/plaintextScan';
import { addPeople, addProgram, database, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

it('keeps confidential mentoring text out of the audit log and off the disk in the clear', async () => {
  const secrets = {
    notes: 'Mentee disclosed a health condition affecting clinic hours.',
    meeting: 'Talked through the harassment complaint and next steps.',
    reason: 'Mentor made dismissive remarks about parental leave.',
    review: 'Relationship strained after authorship dispute.',
    goal: 'Leave the department within two years quietly.',
  };
  const people = await addPeople(t.core);
  const programId = (await addProgram(t.core)).id;
  const m = await t.core.call('mentorships.create', {
    mentorId: people.professor.id,
    menteeId: people.assistant.id,
    programId,
    startDate: '2024-05-01',
    notes: secrets.notes,
  });
  await t.core.call('mentorships.addGoal', { mentorshipId: m.id, text: secrets.goal });
  await t.core.call('meetings.log', { mentorshipId: m.id, durationMinutes: 30, notes: secrets.meeting });
  await t.core.call('mentorships.recordReview', { id: m.id, outcome: 'continue', note: secrets.review });
  await t.core.call('changeRequests.create', { mentorshipId: m.id, raisedBy: 'mentee', reason: secrets.reason });

  const audit = await database(t.core).selectFrom('audit_log').selectAll().execute();
  const auditText = JSON.stringify(audit);
  for (const secret of Object.values(secrets)) expect(auditText).not.toContain(secret);

  await t.core.close();
  expect(filesContainingPlaintext(t.dir, Object.values(secrets))).toEqual([]);
});
