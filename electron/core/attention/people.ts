import type { ReadableDb } from '../../../db/handles';
import { supportingKinds } from '../../common/mentorshipTerms';
import type { AttentionItem } from './contract';

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Faculty who are missing a mentor (seed 004: everyone in a program's
 * audience should have one, and ideally at least one inside their own
 * department). A mentor or a sponsor counts as support; a peer does not.
 * The inside-department check looks at mentors only.
 */

/** Active faculty whose rank is in a running program's target audience and who have no active mentor or sponsor. */
export async function menteesWithoutMentor(db: ReadableDb): Promise<AttentionItem[]> {
  // Running programs by the ranks they target (a handful of rows).
  const audiences = await db
    .selectFrom('programs as p')
    .innerJoin('program_target_ranks as t', 't.program_id', 'p.id')
    .select(['t.rank', 'p.id', 'p.name'])
    .where('p.status', '=', 'active')
    .orderBy('p.name')
    .execute();
  if (audiences.length === 0) return [];
  const ranks = [...new Set(audiences.map((a) => a.rank))];

  // People of those ranks, found through faculty(rank, active), each checked
  // for support with one index seek. Sorted here so accented names sort as
  // people expect.
  const rows = await db
    .selectFrom('faculty as f')
    .select((eb) => [
      'f.id',
      'f.name',
      'f.rank',
      'f.department',
      eb
        .exists(
          eb
            .selectFrom('mentorships as pending')
            .select('pending.id')
            .whereRef('pending.mentee_id', '=', 'f.id')
            .where('pending.status', '=', 'proposed')
            .where('pending.kind', 'in', supportingKinds),
        )
        .as('has_proposal'),
    ])
    .where('f.rank', 'in', ranks)
    .where('f.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mentorships as m')
            .select('m.id')
            .whereRef('m.mentee_id', '=', 'f.id')
            .where('m.status', '=', 'active')
            .where('m.kind', 'in', supportingKinds),
        ),
      ),
    )
    .execute();
  rows.sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id);

  return rows.map((row) => {
    const programs = audiences.filter((a) => a.rank === row.rank);
    return {
      kind: 'mentee_without_mentor' as const,
      why:
        `${row.name} (${row.rank}, ${row.department}) is in the audience of ${programs.map((p) => p.name).join(' and ')} but has no active mentor or sponsor` +
        (row.has_proposal ? '; a proposed mentorship is waiting to start.' : '.'),
      records: [
        { type: 'faculty' as const, id: row.id, label: row.name },
        ...programs.map((p) => ({ type: 'program' as const, id: p.id, label: p.name })),
      ],
      date: null,
    };
  });
}

/** Active faculty with at least one active mentor, none of them in their own department. */
export async function menteesWithoutInsideMentor(db: ReadableDb): Promise<AttentionItem[]> {
  const rows = await db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .select((eb) => ['mentee.id', 'mentee.name', 'mentee.department', eb.fn.countAll<number>().as('mentors')])
    .where('m.status', '=', 'active')
    .where('m.kind', '=', 'mentor')
    .where('mentee.active', '=', 1)
    .groupBy(['mentee.id', 'mentee.name', 'mentee.department'])
    .having((eb) =>
      eb(
        eb.fn.sum(eb.case().when('mentor.department', '=', eb.ref('mentee.department')).then(1).else(0).end()),
        '=',
        0,
      ),
    )
    .orderBy('mentee.name')
    .orderBy('mentee.id')
    .execute();
  return rows.map((row) => {
    const mentors = Number(row.mentors);
    return {
      kind: 'no_inside_department_mentor',
      why: `${row.name} has ${mentors === 1 ? 'an active mentor' : `${mentors} active mentors`}, but none in ${row.department}. Ideally at least one mentor is inside the mentee’s department.`,
      records: [{ type: 'faculty', id: row.id, label: row.name }],
      date: null,
    };
  });
}
