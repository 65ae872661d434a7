import { randomInt } from 'node:crypto';
import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import { requireWorkshop } from './details';
import { knownFacultyPairs } from './knownPairs';
import { planRounds, type Round } from './planner/plan';
import { tableNumbers } from './tables';

/**
 * Plans rounds `fromRound`… of a workshop for the people present now (checked
 * in and not left) and stores the seats. Earlier rounds are kept exactly as
 * they were: they were held, so the planner counts who met there, and late
 * arrivals or people who left change only the rounds to come.
 */
export async function planWorkshop(
  db: WritableDb,
  input: { workshopId: number; fromRound: number; seed?: number | undefined },
  clock: Clock,
): Promise<void> {
  const workshop = await requireWorkshop(db, input.workshopId);
  if (input.fromRound > workshop.round_count) {
    const message = `This workshop has ${workshop.round_count} rounds; choose a round from 1 to ${workshop.round_count}.`;
    throw new TrellisError('VALIDATION', message, { fromRound: message });
  }
  const seats = await db
    .selectFrom('workshop_seats')
    .select(['round', 'group_number', 'participant_id'])
    .where('workshop_id', '=', workshop.id)
    .where('round', '<', input.fromRound)
    .orderBy('round')
    .orderBy('group_number')
    .execute();
  const held: Round[] = Array.from({ length: input.fromRound - 1 }, () => []);
  for (const seat of seats) {
    const groups = held[seat.round - 1]!;
    (groups[seat.group_number - 1] ??= []).push(seat.participant_id);
  }
  const missing = held.findIndex((round) => round.length === 0);
  if (missing >= 0) {
    throw new TrellisError(
      'WORKSHOP_NOT_PLANNED',
      `Round ${missing + 1} has not been planned, so the rounds after it cannot be planned on their own. Plan from round ${missing + 1}.`,
    );
  }
  const present = await db
    .selectFrom('workshop_participants as p')
    .leftJoin('faculty as f', 'f.id', 'p.faculty_id')
    .select(['p.id', 'p.faculty_id', 'f.department as faculty_department', 'p.department'])
    .where('p.workshop_id', '=', workshop.id)
    .where('p.checked_in_at', 'is not', null)
    .where('p.left_at', 'is', null)
    .orderBy('p.id')
    .execute();
  if (present.length < 2) {
    throw new TrellisError(
      'NOT_ENOUGH_PARTICIPANTS',
      `Only ${present.length === 0 ? 'no one has' : 'one person has'} checked in. Rounds need at least two people present: check people in first.`,
    );
  }
  const participantOfFaculty = new Map(present.filter((p) => p.faculty_id !== null).map((p) => [p.faculty_id!, p.id]));
  const known = await knownFacultyPairs(db, [...participantOfFaculty.keys()], workshop.id);
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  const rounds = planRounds({
    people: present.map((p) => ({ id: p.id, department: p.faculty_department ?? p.department })),
    roundCount: workshop.round_count,
    heldRounds: held,
    knownPairs: known.map(([a, b]) => [participantOfFaculty.get(a)!, participantOfFaculty.get(b)!] as const),
    seed,
  });

  await db
    .deleteFrom('workshop_seats')
    .where('workshop_id', '=', workshop.id)
    .where('round', '>=', input.fromRound)
    .execute();
  const rows = rounds.flatMap((groups, index) => {
    const tables = tableNumbers(groups.length, workshop.table_count);
    return groups.flatMap((group, g) =>
      group.map((participantId) => ({
        workshop_id: workshop.id,
        round: input.fromRound + index,
        group_number: g + 1,
        table_number: tables[g]!,
        participant_id: participantId,
      })),
    );
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('workshop_seats')
      .values(rows.slice(i, i + 500))
      .execute();
  await db
    .updateTable('workshops')
    .set({ plan_seed: seed, planned_at: clock.stamp, updated_at: clock.stamp })
    .where('id', '=', workshop.id)
    .execute();
}
