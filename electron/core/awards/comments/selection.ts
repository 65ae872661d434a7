import type { ReadableDb, WritableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';
import type { Clock } from '../../../common/isoDates';
import type { NominationComments } from '../contract';
import { closeGaps } from '../positions';
import { candidateComments, findCandidate, selectedComments } from './candidates';

async function nomineeOf(db: ReadableDb, nominationId: number): Promise<number> {
  const row = await db
    .selectFrom('award_nominations')
    .select('nominee_id')
    .where('id', '=', nominationId)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That nomination is not in Trellis. It may have been deleted.');
  return row.nominee_id;
}

export async function nominationComments(db: ReadableDb, nominationId: number): Promise<NominationComments> {
  const nomineeId = await nomineeOf(db, nominationId);
  const selected = await selectedComments(db, nominationId);
  return { candidates: await candidateComments(db, nomineeId, selected), selected };
}

/** Copies the anonymised comment into the nomination, at the end of the chosen list. Returns the new row's id. */
export async function selectComment(
  db: WritableDb,
  input: { nominationId: number; responseId: number; questionKey: string },
  clock: Clock,
): Promise<number> {
  const nomineeId = await nomineeOf(db, input.nominationId);
  const candidate = await findCandidate(db, nomineeId, input.responseId, input.questionKey);
  if (!candidate) {
    throw new TrellisError('NOT_FOUND', 'That comment is no longer among the nominee’s mentees’ survey answers.');
  }
  const selected = await selectedComments(db, input.nominationId);
  const already = selected.find(
    (s) => s.surveyId === candidate.surveyId && s.questionKey === candidate.questionKey && s.text === candidate.text,
  );
  if (already) return already.id;
  const { id } = await db
    .insertInto('nomination_comments')
    .values({
      nomination_id: input.nominationId,
      survey_id: candidate.surveyId,
      question_key: candidate.questionKey,
      text: candidate.text,
      position: selected.length,
      created_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Removes a chosen comment; returns its nomination. Positions close up. */
export async function unselectComment(db: WritableDb, id: number): Promise<number> {
  const row = await db
    .selectFrom('nomination_comments')
    .select(['id', 'nomination_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That comment is not selected any more.');
  await db.deleteFrom('nomination_comments').where('id', '=', id).execute();
  await closeGaps(db, 'nomination_comments', row.nomination_id);
  return row.nomination_id;
}
