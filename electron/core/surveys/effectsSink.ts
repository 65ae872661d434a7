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
  /**
   * Removes change requests an undone import created, unless someone has
   * handled them since; returns the ids it kept.
   */
  removeChangeRequests(context: WriteContext, ids: readonly string[]): Promise<{ kept: string[] }>;
}

/**
 * Records only: the accepted request is kept as a survey effect
 * (survey_effects, kind changeRequest) and no change request is opened. The
 * app uses the mentoring domain's sink (changeRequests/surveyEffectsSink.ts);
 * this one serves tests and tools that run imports without mentoring records.
 */
export const recordOnlyEffectsSink: SurveyEffectsSink = {
  createChangeRequests: (_context, proposals) => Promise.resolve(proposals.map(() => null)),
  removeChangeRequests: () => Promise.resolve({ kept: [] }),
};
