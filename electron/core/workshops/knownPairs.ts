import { sql } from 'kysely';
import type { ReadableDb } from '../../../db/handles';

/**
 * Who among these people already know each other in Trellis, as pairs of
 * faculty ids: a mentorship of any kind and status (proposed, active or
 * past), the same peer group (members, past members and its facilitator), or
 * a pair seated together at an earlier workshop.
 */
export async function knownFacultyPairs(
  db: ReadableDb,
  facultyIds: readonly number[],
  exceptWorkshopId: number,
): Promise<[number, number][]> {
  if (facultyIds.length < 2) return [];
  const ids = [...facultyIds];
  const pairs: [number, number][] = [];
  const mentorships = await db
    .selectFrom('mentorships')
    .select(['mentor_id as a', 'mentee_id as b'])
    .where('mentor_id', 'in', ids)
    .where('mentee_id', 'in', ids)
    .execute();
  for (const m of mentorships) pairs.push([m.a, m.b]);

  // Everyone who has been in a group, with the group: members, and the facilitator.
  const inGroups = await db
    .selectFrom('peer_group_members')
    .select(['group_id', 'faculty_id'])
    .where('faculty_id', 'in', ids)
    .union(
      db
        .selectFrom('peer_groups')
        .select(['id as group_id', 'facilitator_id as faculty_id'])
        .where('facilitator_id', 'in', ids)
        .$narrowType<{ faculty_id: number }>(),
    )
    .execute();
  const byGroup = new Map<number, number[]>();
  for (const row of inGroups) byGroup.set(row.group_id, [...(byGroup.get(row.group_id) ?? []), row.faculty_id]);
  for (const members of byGroup.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) pairs.push([members[x]!, members[y]!]);

  const earlier = await db
    .selectFrom('workshop_seats as s1')
    .innerJoin('workshop_seats as s2', (join) =>
      join
        .onRef('s2.workshop_id', '=', 's1.workshop_id')
        .onRef('s2.round', '=', 's1.round')
        .onRef('s2.group_number', '=', 's1.group_number')
        .onRef('s2.participant_id', '>', 's1.participant_id'),
    )
    .innerJoin('workshop_participants as p1', 'p1.id', 's1.participant_id')
    .innerJoin('workshop_participants as p2', 'p2.id', 's2.participant_id')
    .select(['p1.faculty_id as a', 'p2.faculty_id as b'])
    .where('s1.workshop_id', '!=', exceptWorkshopId)
    .where('p1.faculty_id', 'in', ids)
    .where('p2.faculty_id', 'in', ids)
    // A planned pair met only if both came.
    .where(sql<boolean>`p1.checked_in_at IS NOT NULL AND p2.checked_in_at IS NOT NULL`)
    .execute();
  for (const e of earlier) pairs.push([e.a!, e.b!]);
  return pairs;
}
