import type { WriteContext } from '../handlers';

/** One accepted "wants to change mentor" answer, to become a change request (source: survey). */
export interface ChangeRequestProposal {
  facultyId: number;
  surveyId: number;
  surveyName: string;
  surveyYear: number;
  /** survey_responses.id: the answer the request came from. */
  responseId: number;
  /** When the respondent completed the survey (ISO), if the export said. */
  requestedAt: string | null;
}

/**
 * Where accepted change-request effects go. The mentoring domain owns change
 * requests; an import only proposes them, and creates them — in the import's
 * own transaction — through this interface once staff accept them. Undo
 * removes them again through it.
 */
export interface SurveyEffectsSink {
  /** Returns, per proposal and in order, the id of the change request made (null if none was made). */
  createChangeRequests(
    context: WriteContext,
    proposals: readonly ChangeRequestProposal[],
  ): Promise<(string | number | null)[]>;
  /** Removes change requests an undone import created. */
  removeChangeRequests(context: WriteContext, ids: readonly string[]): Promise<void>;
}

/**
 * Until the mentoring domain is present: the accepted request is recorded
 * only as a survey effect (survey_effects, kind changeRequest), so nothing is
 * lost and it can be turned into a change request later.
 */
export const recordOnlyEffectsSink: SurveyEffectsSink = {
  createChangeRequests: (_context, proposals) => Promise.resolve(proposals.map(() => null)),
  removeChangeRequests: () => Promise.resolve(),
};
