import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addFaculty, workshopWithPeople } from '../../support/workshops';

describe('a sign-up sheet, through the import', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore('2026-03-01');
  });
  afterEach(async () => t.close());

  async function signUpSheet(lines: string[]): Promise<string> {
    const path = join(t.dir, 'sign-ups.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
    return path;
  }

  it('adds who signed up: matched by email or name, unknown people by name, each once; undone like any import', async () => {
    const { workshop } = await workshopWithPeople(t.core, 0);
    const [onList, byEmail, byName] = await addFaculty(t.core, 3);
    await t.core.call('workshops.addParticipants', {
      workshopId: workshop.id,
      source: { kind: 'people', facultyIds: [onList!.id] },
    });
    const path = await signUpSheet([
      'Full name,Email address,Department',
      `${onList!.name},${onList!.email},${onList!.department}`,
      `Someone,${byEmail!.email.toUpperCase()},`,
      `${byName!.name},,${byName!.department}`,
      'Guest Lecturer,guest@elsewhere.example.org,Nursing',
      'Guest Lecturer,guest@elsewhere.example.org,Nursing',
      ',,',
    ]);
    const preview = await t.core.call('imports.previewSignups', { path, workshopId: workshop.id });
    expect(preview.kind).toBe('workshopSignup');
    expect(preview.mapping.map((m) => m.target)).toEqual(['name', 'email', 'department']);
    expect(preview.summary).toMatchObject({
      inserted: 3,
      unchanged: 1,
      duplicates: 1,
      matched: { byEmail: 2, byName: 1 },
      unmatched: 1,
    });
    expect(preview.review.map((r) => [r.name, r.status, r.defaultAction])).toEqual([
      ['Guest Lecturer', 'unmatched', 'keepUnlinked'],
    ]);
    await expectError(t.core.call('imports.commit', { previewId: preview.previewId }), 'VALIDATION');

    const result = await t.core.call('imports.commitSignups', { previewId: preview.previewId });
    expect(result).toMatchObject({ kind: 'workshopSignup', inserted: 3 });
    const after = await t.core.call('workshops.get', { id: workshop.id });
    expect(after.participants.map((p) => [p.name, p.source, p.person?.id ?? null]).sort()).toEqual(
      [
        [onList!.name, 'directory', onList!.id],
        [byEmail!.name, 'signup', byEmail!.id],
        [byName!.name, 'signup', byName!.id],
        ['Guest Lecturer', 'signup', null],
      ].sort(),
    );
    expect(after.participants.find((p) => p.name === 'Guest Lecturer')!.department).toBe('Nursing');
    // The Imports page lists roster and survey imports; the sheet belongs to its workshop.
    expect(await t.core.call('imports.list', {})).toEqual([]);

    const guest = after.participants.find((p) => p.name === 'Guest Lecturer')!;
    await t.core.call('workshops.setAttendance', { participantIds: [guest.id], attendance: 'present' });
    await expectError(t.core.call('imports.undo', { batchId: result.batchId }), 'CONFLICT');
    await t.core.call('workshops.setAttendance', { participantIds: [guest.id], attendance: 'expected' });
    expect(await t.core.call('imports.undo', { batchId: result.batchId })).toMatchObject({ removed: 3 });
    expect((await t.core.call('workshops.get', { id: workshop.id })).participants.map((p) => p.name)).toEqual([
      onList!.name,
    ]);
  });

  it('a row linked in review becomes that person', async () => {
    const { workshop } = await workshopWithPeople(t.core, 0);
    const [person] = await addFaculty(t.core, 1);
    const path = await signUpSheet(['Name,Email', 'Dr. A. Nickname,nick@home.example.org']);
    const preview = await t.core.call('imports.previewSignups', { path, workshopId: workshop.id });
    const result = await t.core.call('imports.commitSignups', {
      previewId: preview.previewId,
      decisions: { rows: [{ row: preview.review[0]!.row, action: 'link', facultyId: person!.id }] },
    });
    expect(result.resolvedByHand).toBe(1);
    const after = await t.core.call('workshops.get', { id: workshop.id });
    expect(after.participants.map((p) => p.person?.id)).toEqual([person!.id]);
  });
});
