import type { WritableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';
import type { Clock } from '../../../common/isoDates';
import { defaultCadenceDays } from '../../mentorships/contract';
import { createMentorship } from '../../mentorships/lifecycle';
import { createPeerGroup } from '../../peerGroups/groupDetails';
import { addMember } from '../../peerGroups/membership';
import type { PeerMentorshipsProposed } from '../contract';
import { requireWorkshop } from '../details';
import { getWorkshop } from '../queries';

/**
 * What people start at a workshop continues as peer mentoring: pairs who
 * both want to keep meeting become proposed peer mentorships in the
 * workshop's program, all in one write; or a handful of them start a peer
 * group (its program's member limit holds, GROUP_FULL past it).
 */

export async function proposePeerMentorships(
  db: WritableDb,
  workshopId: number,
  clock: Clock,
): Promise<PeerMentorshipsProposed> {
  const workshop = await getWorkshop(db, workshopId);
  const byId = new Map(workshop.participants.map((p) => [p.id, p]));
  const result: PeerMentorshipsProposed = { created: [], skipped: [] };
  for (const { participantIds, names } of workshop.mutualWishes) {
    const [a, b] = participantIds.map((id) => byId.get(id)!);
    const unlinked = [a!, b!].find((p) => p.person === null);
    if (unlinked) {
      result.skipped.push({
        names,
        reason: `${unlinked.name} is not in the directory yet; link them to their directory record first.`,
      });
      continue;
    }
    try {
      const mentorshipId = await createMentorship(
        db,
        {
          mentorId: a!.person!.id,
          menteeId: b!.person!.id,
          kind: 'peer',
          status: 'proposed',
          programId: workshop.program.id,
          startDate: clock.today,
          plannedEnd: null,
          cadenceDays: defaultCadenceDays,
          notes: null,
        },
        clock,
      );
      result.created.push({ mentorshipId, names });
    } catch (error) {
      // The rules check before anything is written, so a refused pair leaves nothing behind.
      if (!(error instanceof TrellisError)) throw error;
      result.skipped.push({ names, reason: error.message });
    }
  }
  return result;
}

export async function startPeerGroup(
  db: WritableDb,
  input: { workshopId: number; participantIds: number[]; name: string; focus: string; facilitatorId: number | null },
  clock: Clock,
): Promise<number> {
  const workshop = await requireWorkshop(db, input.workshopId);
  const participants = await db
    .selectFrom('workshop_participants as p')
    .leftJoin('faculty as f', 'f.id', 'p.faculty_id')
    .select(['p.id', 'p.faculty_id', 'p.name', 'f.name as faculty_name'])
    .where('p.workshop_id', '=', workshop.id)
    .where('p.id', 'in', input.participantIds)
    .execute();
  if (participants.length < new Set(input.participantIds).size) {
    throw new TrellisError('NOT_FOUND', 'Someone chosen is not a participant of this workshop.');
  }
  const unlinked = participants.find((p) => p.faculty_id === null);
  if (unlinked) {
    throw new TrellisError(
      'PARTICIPANT_NOT_IN_DIRECTORY',
      `${unlinked.name} is not in the directory yet, so they cannot join a peer group. Link them to their directory record first.`,
    );
  }
  const groupId = await createPeerGroup(
    db,
    {
      programId: workshop.program_id,
      name: input.name,
      focus: input.focus,
      facilitated: input.facilitatorId !== null,
      grouping: null,
      facilitatorId: input.facilitatorId,
      phase: 'initial_facilitation',
      schedule: null,
      meetingMinutes: null,
      logistics: null,
      costsCents: 0,
      startedOn: clock.today,
      status: 'active',
    },
    clock,
  );
  for (const p of participants) {
    await addMember(
      db,
      {
        groupId,
        facultyId: p.faculty_id!,
        joinedOn: clock.today,
        agreedAttendance: false,
        agreedConfidentiality: false,
      },
      clock,
    );
  }
  return groupId;
}
