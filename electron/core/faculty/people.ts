import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { rankSeniority, ranks, type Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';

/** One person who must exist and still be active (new relationships are not made with people who left). */
export async function requireActivePerson(db: ReadableDb, id: number, field: string): Promise<PersonRef> {
  const row = await db
    .selectFrom('faculty')
    .select(['id', 'name', 'rank', 'department', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw new TrellisError('NOT_FOUND', 'That person is not in the directory.', {
      [field]: 'Choose someone from the directory.',
    });
  }
  if (row.active !== 1) {
    const message = `${row.name} is marked as no longer active, so they cannot take on a new role.`;
    throw new TrellisError('CONFLICT', message, { [field]: message });
  }
  return { id: row.id, name: row.name, rank: row.rank as Rank, department: row.department };
}

/** Seniority of a rank, or null for a rank Trellis does not know (e.g. imported text). */
function seniorityOf(rank: string): number | null {
  return (ranks as readonly string[]).includes(rank) ? rankSeniority(rank as Rank) : null;
}

/** True when `a` holds a lower rank than `b`. Unknown ranks never trigger a warning. */
export function isJuniorInRank(a: PersonRef, b: PersonRef): boolean {
  const [sa, sb] = [seniorityOf(a.rank), seniorityOf(b.rank)];
  return sa !== null && sb !== null && sa < sb;
}

/** True when `a` outranks `b`. */
export function isSeniorInRank(a: PersonRef, b: PersonRef): boolean {
  const [sa, sb] = [seniorityOf(a.rank), seniorityOf(b.rank)];
  return sa !== null && sb !== null && sa > sb;
}

/** The columns a pair's query selects for its two people (`mentor.name as mentor_name`, …). */
export interface PairColumns {
  mentor_id: number;
  mentor_name: string;
  mentor_rank: string;
  mentor_department: string;
  mentee_id: number;
  mentee_name: string;
  mentee_rank: string;
  mentee_department: string;
}

/** The mentor and the mentee of a row that joined both from the directory. */
export function pairOf(row: PairColumns): { mentor: PersonRef; mentee: PersonRef } {
  return {
    mentor: {
      id: row.mentor_id,
      name: row.mentor_name,
      rank: row.mentor_rank as Rank,
      department: row.mentor_department,
    },
    mentee: {
      id: row.mentee_id,
      name: row.mentee_name,
      rank: row.mentee_rank as Rank,
      department: row.mentee_department,
    },
  };
}
