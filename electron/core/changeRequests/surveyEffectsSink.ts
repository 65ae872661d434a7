import type { ReadableDb } from '../../../db/handles';
import { clockOf } from '../../common/isoDates';
import type { ChangeRequestProposal, SurveyEffectsSink } from '../surveys/effectsSink';
import { openChangeRequest, unresolvedRequestOf } from './steps';

/**
 * Accepted "wants to change mentor" answers of the annual survey become
 * change requests (raised by: the annual survey) on the respondent's active
 * mentorship, in the import's own transaction. The reason names the survey
 * and its year only: the answer itself stays in the survey record.
 *
 * No request is opened — the answer stays recorded as a survey effect for
 * staff to act on — when the respondent is mentee in no active mentorship,
 * in several (the answer does not say which mentor), or when that mentorship
 * already has an unresolved request.
 */
export const changeRequestEffectsSink: SurveyEffectsSink = {
  async createChangeRequests(context, proposals) {
    const clock = clockOf(context.now);
    const ids: (number | null)[] = [];
    for (const proposal of proposals) {
      const mentorshipId = await soleActiveMentorship(context.db, proposal.facultyId);
      if (mentorshipId === null || (await unresolvedRequestOf(context.db, mentorshipId))) {
        ids.push(null);
        continue;
      }
      const id = await openChangeRequest(
        context.db,
        { mentorshipId, raisedBy: 'survey', raisedOn: raisedOn(proposal, clock.today), reason: reasonFor(proposal) },
        clock,
      );
      context.audit('change_request', id);
      ids.push(id);
    }
    return ids;
  },

  async removeChangeRequests(context, ids) {
    const kept: string[] = [];
    for (const id of ids) {
      const request = await context.db
        .selectFrom('change_requests')
        .select(['id', 'status', 'handled_at'])
        .where('id', '=', Number(id))
        .executeTakeFirst();
      if (!request) continue; // removed some other way: nothing to take back
      // Once someone has moved it into mediation or resolved it, it is the office's work, not the import's.
      if (request.status !== 'open' || request.handled_at !== null) {
        kept.push(id);
        continue;
      }
      await context.db.deleteFrom('change_requests').where('id', '=', request.id).execute();
      context.audit('change_request', request.id);
    }
    return { kept };
  },
};

async function soleActiveMentorship(db: ReadableDb, menteeId: number): Promise<number | null> {
  const rows = await db
    .selectFrom('mentorships')
    .select('id')
    .where('mentee_id', '=', menteeId)
    .where('status', '=', 'active')
    .limit(2)
    .execute();
  return rows.length === 1 ? rows[0]!.id : null;
}

/** The day the respondent completed the survey, or today when the export did not say (never a future day). */
function raisedOn(proposal: ChangeRequestProposal, today: string): string {
  const day = proposal.requestedAt?.slice(0, 10) ?? today;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= today ? day : today;
}

function reasonFor(proposal: ChangeRequestProposal): string {
  return `In the ${proposal.surveyName} (${proposal.surveyYear}), the mentee answered that they would like to change mentors. Talk with them to learn why; their answers are in the survey record.`;
}
