import type { ReadableDb } from '../../../db/handles';
import { raisedByLabels, type ChangeRequestRow } from '../changeRequests/contract';
import { sentenceCase } from '../attention/wording';
import type { RecordRef } from '../../common/records';
import type { MentorshipRow, ReviewOutcome } from '../mentorships/contract';
import type { ProfileGroup, TimelineEvent } from './contract';

/**
 * A person's mentoring history as dated events, built from records the
 * profile has already loaded (plus the reviews of their pairs).
 */

interface PairWords {
  started: string;
  ended: string;
  proposed: string;
  /** "their mentorship with Ana García", for reviews and change requests. */
  noun: string;
  refs: RecordRef[];
}

/** The pair as seen from the person whose page this is. */
function describePair(row: MentorshipRow, personId: number): PairWords {
  const leads = row.mentor.id === personId;
  const other = leads ? row.mentee : row.mentor;
  const relation = row.kind === 'peer' ? 'peer mentorship' : row.kind === 'sponsor' ? 'sponsorship' : 'mentorship';
  const role = row.kind === 'sponsor' ? 'sponsor' : 'mentor';
  const words =
    row.kind === 'peer'
      ? {
          started: `Began peer mentoring with ${other.name}`,
          ended: `Ended peer mentoring with ${other.name}`,
          proposed: `Proposed: peer mentoring with ${other.name}`,
        }
      : leads
        ? {
            started: `Began ${row.kind === 'sponsor' ? 'sponsoring' : 'mentoring'} ${other.name}`,
            ended: `Stopped ${row.kind === 'sponsor' ? 'sponsoring' : 'mentoring'} ${other.name}`,
            proposed: `Proposed: ${row.kind === 'sponsor' ? 'sponsoring' : 'mentoring'} ${other.name}`,
          }
        : {
            started: `${other.name} became their ${role}`,
            ended: `${other.name} stopped being their ${role}`,
            proposed: `Proposed: ${other.name} as their ${role}`,
          };
  return {
    ...words,
    noun: `their ${relation} with ${other.name}`,
    refs: [
      { type: 'mentorship', id: row.id, label: `${sentenceCase(relation)} with ${other.name}` },
      { type: 'faculty', id: other.id, label: other.name },
      { type: 'program', id: row.program.id, label: row.program.name },
    ],
  };
}

const outcomeWords: Record<ReviewOutcome, string> = {
  continue: 'continue',
  change: 'change the pair',
  end: 'end it',
};

export async function buildTimeline(
  db: ReadableDb,
  personId: number,
  pairs: MentorshipRow[],
  groups: ProfileGroup[],
  requests: ChangeRequestRow[],
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  const byId = new Map(pairs.map((p) => [p.id, p]));
  for (const pair of pairs) {
    const words = describePair(pair, personId);
    if (pair.status === 'proposed') {
      events.push({
        date: pair.startDate,
        kind: 'mentorship_proposed',
        text: `${words.proposed} (${pair.program.name}).`,
        records: words.refs,
      });
    } else {
      events.push({
        date: pair.startDate,
        kind: 'mentorship_started',
        text: `${words.started} (${pair.program.name}).`,
        records: words.refs,
      });
    }
    if (pair.endedOn)
      events.push({ date: pair.endedOn, kind: 'mentorship_ended', text: `${words.ended}.`, records: words.refs });
  }
  if (pairs.length > 0) {
    const reviews = await db
      .selectFrom('mentorship_reviews')
      .select(['mentorship_id', 'reviewed_on', 'outcome'])
      .where(
        'mentorship_id',
        'in',
        pairs.map((p) => p.id),
      )
      .execute();
    for (const review of reviews) {
      const pair = byId.get(review.mentorship_id)!;
      const words = describePair(pair, personId);
      events.push({
        date: review.reviewed_on,
        kind: 'review_recorded',
        text: `Annual review of ${words.noun}: ${outcomeWords[review.outcome as ReviewOutcome]}.`,
        records: words.refs,
      });
    }
  }
  for (const group of groups) {
    if (group.role !== 'member') continue;
    if (group.joinedOn)
      events.push({
        date: group.joinedOn,
        kind: 'group_joined',
        text: `Joined ${group.group.label}.`,
        records: [group.group],
      });
    if (group.leftOn)
      events.push({
        date: group.leftOn,
        kind: 'group_left',
        text: `Left ${group.group.label}.`,
        records: [group.group],
      });
  }
  for (const request of requests) {
    const pair = byId.get(request.mentorshipId);
    const about = pair ? describePair(pair, personId).noun : 'a mentorship';
    const ref: RecordRef = { type: 'changeRequest', id: request.id, label: `Change request #${request.id}` };
    events.push({
      date: request.raisedOn,
      kind: 'change_requested',
      text: `${sentenceCase(raisedByLabels[request.raisedBy])} asked to change ${about}.`,
      records: [ref],
    });
    if (request.status === 'resolved' && request.handledAt) {
      events.push({
        date: request.handledAt,
        kind: 'change_resolved',
        text: `Change request about ${about} resolved: ${request.resolution === 'changed' ? 'a new pair was made' : request.resolution === 'ended' ? 'the pair ended' : 'the pair was kept'}.`,
        records: [ref],
      });
    }
  }
  // Newest first; on the same day, keep a stable, readable order.
  const order = new Map(
    [
      'change_resolved',
      'mentorship_ended',
      'review_recorded',
      'change_requested',
      'group_left',
      'mentorship_started',
      'mentorship_proposed',
      'group_joined',
    ].map((k, i) => [k, i]),
  );
  return events.sort((a, b) => b.date.localeCompare(a.date) || order.get(a.kind)! - order.get(b.kind)!);
}
