import type { ReadableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import { paged } from '../paged';
import { pairOf } from '../faculty/people';
import type { MentorshipKind } from '../mentorships/contract';
import type {
  ChangeRequest,
  ChangeRequestList,
  changeRequestListInput,
  ChangeRequestResolution,
  ChangeRequestRow,
  ChangeRequestStatus,
  RaisedBy,
} from './contract';

type ListInput = z.output<typeof changeRequestListInput>;

function selectRequests(db: ReadableDb) {
  return db
    .selectFrom('change_requests as r')
    .innerJoin('mentorships as m', 'm.id', 'r.mentorship_id')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .innerJoin('programs as p', 'p.id', 'm.program_id')
    .select([
      'r.id',
      'r.mentorship_id',
      'm.kind',
      'm.mentor_id',
      'mentor.name as mentor_name',
      'mentor.rank as mentor_rank',
      'mentor.department as mentor_department',
      'm.mentee_id',
      'mentee.name as mentee_name',
      'mentee.rank as mentee_rank',
      'mentee.department as mentee_department',
      'm.program_id',
      'p.name as program_name',
      'r.raised_by',
      'r.raised_on',
      'r.status',
      'r.resolution',
      'r.handled_by',
      'r.handled_at',
      'r.new_mentorship_id',
    ]);
}

type RequestRowData = Awaited<ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>>;

function toRow(row: RequestRowData): ChangeRequestRow {
  return {
    id: row.id,
    mentorshipId: row.mentorship_id,
    kind: row.kind as MentorshipKind,
    ...pairOf(row),
    program: { id: row.program_id, name: row.program_name },
    raisedBy: row.raised_by as RaisedBy,
    raisedOn: row.raised_on,
    status: row.status as ChangeRequestStatus,
    resolution: row.resolution as ChangeRequestResolution | null,
    handledBy: row.handled_by,
    handledAt: row.handled_at,
    newMentorshipId: row.new_mentorship_id,
  };
}

/** Lists leave out the confidential reason; it is shown only on the request itself. */
export async function listChangeRequests(db: ReadableDb, input: ListInput): Promise<ChangeRequestList> {
  let query = selectRequests(db);
  if (input.status === 'unresolved') query = query.where('r.status', '!=', 'resolved');
  else if (input.status) query = query.where('r.status', '=', input.status);
  if (input.mentorshipId !== undefined) query = query.where('r.mentorship_id', '=', input.mentorshipId);
  if (input.raisedBy) query = query.where('r.raised_by', '=', input.raisedBy);
  if (input.personId !== undefined) {
    const personId = input.personId;
    query = query.where((eb) => eb.or([eb('m.mentor_id', '=', personId), eb('m.mentee_id', '=', personId)]));
  }
  return paged(query, input, (q) => q.orderBy('r.raised_on', 'desc').orderBy('r.id', 'desc'), toRow);
}

export async function getChangeRequest(db: ReadableDb, id: number): Promise<ChangeRequest> {
  const row = await selectRequests(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That change request does not exist. It may have been removed.');
  const details = await db
    .selectFrom('change_requests')
    .select(['reason', 'resolution_note', 'review_id', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    ...toRow(row),
    reason: details.reason,
    resolutionNote: details.resolution_note,
    reviewId: details.review_id,
    createdAt: details.created_at,
    updatedAt: details.updated_at,
  };
}
