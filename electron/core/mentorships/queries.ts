import type { ReadableDb } from '../../../db/handles';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ChangeRequestResolution, ChangeRequestStatus, RaisedBy } from './changeRequestTerms';
import { TrellisError } from '../../common/errors';
import { paged } from '../paged';
import { addDays } from '../../common/isoDates';
import { escapeLike, foldForSearch } from '../../common/text';
import type { Mentorship, MentorshipList, mentorshipListInput } from './contract';
import { mentorshipWarnings } from './rules';
import { selectMentorshipRows, toGoal, toMentorshipRow, toReview } from './rows';

type ListInput = z.output<typeof mentorshipListInput>;

const sortColumns = {
  mentee: 'mentee.name',
  mentor: 'mentor.name',
  startDate: 'm.start_date',
  nextReview: 'm.next_review_on',
  program: 'p.name',
} as const;

export async function listMentorships(db: ReadableDb, input: ListInput): Promise<MentorshipList> {
  let query = selectMentorshipRows(db);
  if (input.programId !== undefined) query = query.where('m.program_id', '=', input.programId);
  if (input.status) query = query.where('m.status', '=', input.status);
  if (input.kind) query = query.where('m.kind', '=', input.kind);
  if (input.personId !== undefined) {
    const personId = input.personId;
    query = query.where((eb) => eb.or([eb('m.mentor_id', '=', personId), eb('m.mentee_id', '=', personId)]));
  }
  for (const token of foldForSearch(input.search ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    const pattern = `%${escapeLike(token)}%`;
    query = query.where(
      sql<boolean>`(${sql.ref('mentor.search_text')} LIKE ${pattern} ESCAPE '\\' OR ${sql.ref('mentee.search_text')} LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  return paged(
    query,
    input,
    (q) => q.orderBy(sortColumns[input.sort], input.direction).orderBy('mentee.name').orderBy('m.id'),
    toMentorshipRow,
  );
}

export async function getMentorship(db: ReadableDb, id: number): Promise<Mentorship> {
  const row = await selectMentorshipRows(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That mentorship does not exist. It may have been removed.');
  const base = toMentorshipRow(row);
  const details = await db
    .selectFrom('mentorships')
    .select(['end_reason', 'notes', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const goals = await db
    .selectFrom('mentorship_goals')
    .selectAll()
    .where('mentorship_id', '=', id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const reviews = await db
    .selectFrom('mentorship_reviews')
    .selectAll()
    .where('mentorship_id', '=', id)
    .orderBy('reviewed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const requests = await db
    .selectFrom('change_requests')
    .select(['id', 'raised_by', 'raised_on', 'status', 'resolution', 'new_mentorship_id'])
    .where('mentorship_id', '=', id)
    .orderBy('raised_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const { meetings } = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('meetings'))
    .where('mentorship_id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    ...base,
    endReason: details.end_reason,
    notes: details.notes,
    meetingDueOn: base.status === 'active' ? addDays(base.lastMeetingOn ?? base.startDate, base.cadenceDays) : null,
    meetingCount: Number(meetings),
    goals: goals.map(toGoal),
    reviews: reviews.map(toReview),
    changeRequests: requests.map((r) => ({
      id: r.id,
      raisedBy: r.raised_by as RaisedBy,
      raisedOn: r.raised_on,
      status: r.status as ChangeRequestStatus,
      resolution: r.resolution as ChangeRequestResolution | null,
      newMentorshipId: r.new_mentorship_id,
    })),
    warnings: await mentorshipWarnings(db, base),
    createdAt: details.created_at,
    updatedAt: details.updated_at,
  };
}
