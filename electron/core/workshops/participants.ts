import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import type { Attendance, ParticipantSource } from './contract';
import { requireWorkshop } from './details';

/**
 * Who takes part: people from the directory (chosen one by one, a peer
 * group, a program's audience, a department), a sign-up sheet, and walk-ins.
 * A walk-in the directory does not know keeps their name without a directory
 * record: the directory mirrors the HR roster, and a rank or an employee id
 * guessed at the door would be wrong there. Linked later (by hand, or when
 * the roster brings them in), their workshops count on their record.
 */

export type ParticipantOrigin = 'directory' | 'signup' | 'walk_in';

export async function requireParticipant(db: ReadableDb, id: number) {
  const row = await db
    .selectFrom('workshop_participants as p')
    .leftJoin('faculty as f', 'f.id', 'p.faculty_id')
    .select([
      'p.id',
      'p.workshop_id',
      'p.faculty_id',
      'p.checked_in_at',
      'p.left_at',
      'f.name as faculty_name',
      'p.name',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new TrellisError('NOT_FOUND', 'That participant is not in this workshop. They may have been removed.');
  return { ...row, displayName: row.faculty_name ?? row.name ?? '' };
}

/** The active people a source names, and how many inactive ones it left out. */
async function peopleFrom(db: ReadableDb, source: ParticipantSource): Promise<{ ids: number[]; inactive: number }> {
  let query = db.selectFrom('faculty as f').select(['f.id', 'f.active']);
  if (source.kind === 'people') query = query.where('f.id', 'in', source.facultyIds);
  else if (source.kind === 'department') query = query.where('f.department', '=', source.department);
  else if (source.kind === 'programAudience') {
    const program = await db.selectFrom('programs').select('id').where('id', '=', source.programId).executeTakeFirst();
    if (!program) throw new TrellisError('NOT_FOUND', 'That program does not exist.');
    query = query.where('f.rank', 'in', (eb) =>
      eb.selectFrom('program_target_ranks').select('rank').where('program_id', '=', source.programId),
    );
  } else {
    const group = await db.selectFrom('peer_groups').select('id').where('id', '=', source.groupId).executeTakeFirst();
    if (!group) throw new TrellisError('NOT_FOUND', 'That peer group does not exist.');
    query = query.where('f.id', 'in', (eb) =>
      eb
        .selectFrom('peer_group_members')
        .select('faculty_id')
        .where('group_id', '=', source.groupId)
        .where('left_on', 'is', null),
    );
  }
  const rows = await query.orderBy('f.id').execute();
  if (source.kind === 'people' && rows.length < new Set(source.facultyIds).size) {
    throw new TrellisError('NOT_FOUND', 'Someone chosen is not in the directory. They may have been removed.');
  }
  return {
    ids: rows.filter((r) => r.active === 1).map((r) => r.id),
    inactive: rows.filter((r) => r.active !== 1).length,
  };
}

/** Adds people not yet on the list; returns the new participants' ids and how many were there already. */
export async function addDirectoryPeople(
  db: WritableDb,
  workshopId: number,
  facultyIds: readonly number[],
  origin: ParticipantOrigin,
  clock: Clock,
): Promise<{ added: number[]; alreadyIn: number }> {
  const present = new Set(
    (
      await db
        .selectFrom('workshop_participants')
        .select('faculty_id')
        .where('workshop_id', '=', workshopId)
        .where('faculty_id', 'is not', null)
        .execute()
    ).map((r) => r.faculty_id!),
  );
  const fresh = [...new Set(facultyIds)].filter((id) => !present.has(id));
  const added: number[] = [];
  for (const facultyId of fresh) {
    const { id } = await db
      .insertInto('workshop_participants')
      .values({ workshop_id: workshopId, faculty_id: facultyId, source: origin, created_at: clock.stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    added.push(id);
  }
  return { added, alreadyIn: facultyIds.length - fresh.length };
}

export async function addParticipants(db: WritableDb, workshopId: number, source: ParticipantSource, clock: Clock) {
  await requireWorkshop(db, workshopId);
  const { ids, inactive } = await peopleFrom(db, source);
  const { added, alreadyIn } = await addDirectoryPeople(db, workshopId, ids, 'directory', clock);
  return { added, alreadyIn, inactive };
}

async function participantOf(db: ReadableDb, workshopId: number, facultyId: number) {
  return db
    .selectFrom('workshop_participants')
    .select('id')
    .where('workshop_id', '=', workshopId)
    .where('faculty_id', '=', facultyId)
    .executeTakeFirst();
}

export async function addWalkIn(
  db: WritableDb,
  input: { workshopId: number; name: string; email: string | null; department: string | null; checkIn: boolean },
  clock: Clock,
): Promise<number> {
  await requireWorkshop(db, input.workshopId);
  const known = input.email
    ? await db
        .selectFrom('faculty')
        .select(['id', 'name', 'active'])
        .where('email', '=', input.email)
        .executeTakeFirst()
    : undefined;
  if (known && (await participantOf(db, input.workshopId, known.id))) {
    const message = `${known.name} is already on this workshop’s list; check them in instead.`;
    throw new TrellisError('ALREADY_PARTICIPANT', message, { email: message });
  }
  const checkedIn = input.checkIn ? clock.stamp : null;
  const { id } = await db
    .insertInto('workshop_participants')
    .values(
      known
        ? {
            workshop_id: input.workshopId,
            faculty_id: known.id,
            source: 'walk_in',
            checked_in_at: checkedIn,
            created_at: clock.stamp,
          }
        : {
            workshop_id: input.workshopId,
            name: input.name,
            email: input.email,
            department: input.department,
            source: 'walk_in',
            checked_in_at: checkedIn,
            created_at: clock.stamp,
          },
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Links a walk-in to their directory record, so the workshop counts on it and partners can become peer mentors. */
export async function linkParticipant(db: WritableDb, participantId: number, facultyId: number): Promise<number> {
  const participant = await requireParticipant(db, participantId);
  const person = await requireActivePerson(db, facultyId, 'facultyId');
  const other = await participantOf(db, participant.workshop_id, facultyId);
  if (other && other.id !== participantId) {
    const message = `${person.name} is already on this workshop’s list as another participant.`;
    throw new TrellisError('ALREADY_PARTICIPANT', message, { facultyId: message });
  }
  await db
    .updateTable('workshop_participants')
    .set({ faculty_id: facultyId, name: null, email: null, department: null })
    .where('id', '=', participantId)
    .execute();
  return participant.workshop_id;
}

/** Takes someone off the list who did not come; someone who came is marked as having left instead, so the rounds they sat in stay whole. */
export async function removeParticipant(db: WritableDb, participantId: number): Promise<number> {
  const participant = await requireParticipant(db, participantId);
  if (participant.checked_in_at) {
    throw new TrellisError(
      'PARTICIPANT_CHECKED_IN',
      `${participant.displayName} has checked in, so they stay on the list. Mark them as having left instead.`,
    );
  }
  await db.deleteFrom('workshop_participants').where('id', '=', participantId).execute();
  return participant.workshop_id;
}

/** Check-in on the day: present, left during the workshop, or back to expected (a check-in made by mistake). */
export async function setAttendance(
  db: WritableDb,
  participantIds: readonly number[],
  attendance: Attendance,
  clock: Clock,
): Promise<number> {
  const rows = await Promise.all(participantIds.map((id) => requireParticipant(db, id)));
  const workshops = new Set(rows.map((r) => r.workshop_id));
  if (workshops.size > 1) throw new TrellisError('VALIDATION', 'Choose participants of one workshop at a time.');
  for (const row of rows) {
    if (attendance === 'left' && !row.checked_in_at) {
      throw new TrellisError('NOT_CHECKED_IN', `${row.displayName} has not checked in, so they cannot have left.`);
    }
    const set =
      attendance === 'present'
        ? { checked_in_at: row.checked_in_at ?? clock.stamp, left_at: null }
        : attendance === 'left'
          ? { left_at: row.left_at ?? clock.stamp }
          : { checked_in_at: null, left_at: null };
    await db.updateTable('workshop_participants').set(set).where('id', '=', row.id).execute();
  }
  return rows[0]!.workshop_id;
}
