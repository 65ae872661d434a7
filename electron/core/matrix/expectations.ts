import type { ReadableDb } from '../../../db/handles';
import type { PersonRole } from './contract';
import { readColumns, readResponsibilities, readRoles } from './read';

type Db = ReadableDb;

/**
 * The mentoring roles a person holds now: from their current (proposed or
 * active) mentorships, the peer groups they facilitate or belong to, and any
 * program that names them as a role holder.
 */
export async function rolesHeldBy(db: Db, facultyId: number): Promise<Set<PersonRole>> {
  const held = new Set<PersonRole>();
  const mentorships = await db
    .selectFrom('mentorships')
    .select(['mentor_id', 'mentee_id', 'kind'])
    .where((eb) => eb.or([eb('mentor_id', '=', facultyId), eb('mentee_id', '=', facultyId)]))
    .where('status', 'in', ['proposed', 'active'])
    .execute();
  for (const m of mentorships) {
    if (m.kind === 'peer') held.add('peer');
    else if (m.mentor_id === facultyId) held.add(m.kind === 'sponsor' ? 'sponsor' : 'mentor');
    else held.add('mentee');
  }
  const facilitates = await db
    .selectFrom('peer_groups')
    .select('id')
    .where('facilitator_id', '=', facultyId)
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  if (facilitates) held.add('facilitator');
  const member = await db
    .selectFrom('peer_group_members')
    .select('id')
    .where('faculty_id', '=', facultyId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  if (member) held.add('peer');
  const named = await db
    .selectFrom('program_role_holders as h')
    .innerJoin('matrix_roles as r', 'r.id', 'h.role_id')
    .select('r.person_role')
    .where('h.faculty_id', '=', facultyId)
    .where('r.person_role', 'is not', null)
    .execute();
  for (const row of named) held.add(row.person_role as PersonRole);
  return held;
}

const roleOrder: PersonRole[] = ['mentor', 'sponsor', 'facilitator', 'peer', 'mentee'];

/** What is expected of a person in each role they hold, from the matrix rows linked to those roles. */
export async function expectationsFor(db: Db, held: Set<PersonRole>) {
  const [roles, columns, responsibilities] = await Promise.all([
    readRoles(db),
    readColumns(db),
    readResponsibilities(db),
  ]);
  const columnPosition = new Map(columns.map((c) => [c.id, c.position]));
  const result: { role: PersonRole; roleName: string; responsibilities: string[] }[] = [];
  for (const personRole of roleOrder.filter((r) => held.has(r))) {
    // A group facilitator is a senior peer: without a row of their own, the peer row applies.
    const row =
      roles.find((r) => r.personRole === personRole) ??
      (personRole === 'facilitator' ? roles.find((r) => r.personRole === 'peer') : undefined);
    if (!row) continue;
    result.push({
      role: personRole,
      roleName: row.name,
      responsibilities: responsibilities
        .filter((r) => r.roleId === row.id)
        .sort((a, b) => columnPosition.get(a.columnId)! - columnPosition.get(b.columnId)! || a.position - b.position)
        .map((r) => r.text),
    });
  }
  return result;
}
