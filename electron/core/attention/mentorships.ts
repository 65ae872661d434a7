import type { ReadableDb } from '../../../db/handles';
import { raisedByLabels, type RaisedBy } from '../changeRequests/contract';
import { addDays } from '../../common/isoDates';
import { cadenceCutoffs, metWithinCadence } from './cadence';
import { reviewWindowDays, type AttentionItem } from './contract';
import { pairRefs, relativeDay, sentenceCase } from './wording';

/** Pairs that need a nudge: no recent meeting, a review coming up, a change asked for. */

function selectActivePairs(db: ReadableDb) {
  return db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .select([
      'm.id',
      'm.kind',
      'm.mentor_id',
      'mentor.name as mentor_name',
      'm.mentee_id',
      'mentee.name as mentee_name',
    ])
    .where('m.status', '=', 'active');
}

/** Active pairs whose last meeting (or start, if none) is older than their cadence. */
export async function meetingsOverdue(db: ReadableDb, today: string): Promise<AttentionItem[]> {
  const cutoffs = await cadenceCutoffs(db, today);
  if (cutoffs.size === 0) return [];
  const rows = await selectActivePairs(db)
    .select((eb) => [
      'm.cadence_days',
      'm.start_date',
      eb
        .selectFrom('meetings as last')
        .select((inner) => inner.fn.max('last.held_on').as('held_on'))
        .whereRef('last.mentorship_id', '=', 'm.id')
        .as('last_met'),
    ])
    .where((eb) => eb.not(metWithinCadence(cutoffs)))
    .orderBy('m.start_date')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => {
    const since = row.last_met ?? row.start_date;
    const sentence = row.last_met
      ? `have not met since ${row.last_met} (${relativeDay(row.last_met, today)})`
      : `have not logged a meeting since the mentorship started on ${row.start_date}`;
    return {
      kind: 'meeting_overdue',
      why: `${row.mentor_name} and ${row.mentee_name} ${sentence}; they aim to meet every ${row.cadence_days} days.`,
      records: pairRefs(row),
      date: addDays(since, row.cadence_days),
    };
  });
}

/** Active pairs whose annual review is overdue or falls within the next 30 days. */
export async function reviewsDue(db: ReadableDb, today: string): Promise<AttentionItem[]> {
  const rows = await selectActivePairs(db)
    .select('m.next_review_on')
    .where('m.next_review_on', '<=', addDays(today, reviewWindowDays))
    .orderBy('m.next_review_on')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => {
    const due = row.next_review_on!;
    const when =
      due < today ? `was due on ${due} (${relativeDay(due, today)})` : `is due on ${due} (${relativeDay(due, today)})`;
    return {
      kind: 'review_due',
      why: `The annual review of ${row.mentor_name} and ${row.mentee_name} ${when}.`,
      records: pairRefs(row),
      date: due,
    };
  });
}

/** Change requests not yet resolved. The confidential reason is never part of the sentence. */
export async function openChangeRequests(db: ReadableDb, today: string): Promise<AttentionItem[]> {
  const rows = await db
    .selectFrom('change_requests as r')
    .innerJoin('mentorships as m', 'm.id', 'r.mentorship_id')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .select([
      'r.id as request_id',
      'r.raised_by',
      'r.raised_on',
      'r.status',
      'm.id',
      'm.kind',
      'm.mentor_id',
      'mentor.name as mentor_name',
      'm.mentee_id',
      'mentee.name as mentee_name',
    ])
    .where('r.status', 'in', ['open', 'in_mediation'])
    .orderBy('r.raised_on')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    kind: 'change_request_open',
    why: `${sentenceCase(raisedByLabels[row.raised_by as RaisedBy])} asked on ${row.raised_on} (${relativeDay(row.raised_on, today)}) to change the pairing of ${row.mentor_name} and ${row.mentee_name}; the request is ${row.status === 'in_mediation' ? 'in mediation' : 'open'}.`,
    records: [
      { type: 'changeRequest', id: row.request_id, label: `Change request #${row.request_id}` },
      ...pairRefs(row),
    ],
    date: row.raised_on,
  }));
}
