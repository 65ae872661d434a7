import type { ReadableDb } from '../../../../db/handles';
import { minimumGroupSize } from '../../surveys/contract';
import { getSurvey } from '../../surveys/queries';
import { summarise, type Summary } from '../../surveys/statistics';
import type { MentoringRecord } from '../../personMentoring/record';

type StoredAnswer = string | number | string[] | [number, string];

export interface EvidenceQuestion {
  text: string;
  /** Null when fewer than the minimum answered: nothing about it is shown. */
  summary: Summary | null;
}

export interface EvidenceSurvey {
  name: string;
  year: number;
  respondents: number;
  /** True when fewer than the minimum of the nominee's mentees answered the survey at all. */
  suppressed: boolean;
  questions: EvidenceQuestion[];
}

/**
 * Survey answers as evidence for a nomination. Survey responses are linked to
 * the person who answered (`survey_responses.faculty_id`), not to the mentor
 * they describe, so the evidence is: the complete answers of the nominee's
 * mentees to surveys held in a year they were mentored by the nominee. A
 * mentee with several mentors describes their mentoring as a whole; the
 * packet says so. Aggregates only, and the office's rule holds: fewer than
 * five answers are never shown. Free-text answers never appear here; only
 * comments the office selected (nomination_comments) do.
 */
export async function surveyEvidence(db: ReadableDb, record: MentoringRecord): Promise<EvidenceSurvey[]> {
  const menteeIds = [...new Set(record.mentees.map((m) => m.mentee.id))];
  if (menteeIds.length === 0) return [];
  const responses = await db
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .select(['r.survey_id', 'r.faculty_id', 'r.answers', 's.year'])
    .where('r.faculty_id', 'in', menteeIds)
    .where('r.superseded', '=', 0)
    .where('r.status', '=', 'complete')
    .execute();
  const mentoredIn = (menteeId: number, year: number) =>
    record.mentees.some(
      (m) =>
        m.mentee.id === menteeId &&
        Number(m.startDate.slice(0, 4)) <= year &&
        (!m.endedOn || Number(m.endedOn.slice(0, 4)) >= year),
    );
  const bySurvey = new Map<number, Record<number, StoredAnswer>[]>();
  for (const r of responses) {
    if (!mentoredIn(r.faculty_id!, r.year)) continue;
    const list = bySurvey.get(r.survey_id) ?? [];
    list.push(JSON.parse(r.answers) as Record<number, StoredAnswer>);
    bySurvey.set(r.survey_id, list);
  }

  const surveys: EvidenceSurvey[] = [];
  for (const [surveyId, answers] of bySurvey) {
    const survey = await getSurvey(db, surveyId);
    const suppressed = answers.length < minimumGroupSize;
    surveys.push({
      name: survey.name,
      year: survey.year,
      respondents: answers.length,
      suppressed,
      questions: suppressed
        ? []
        : survey.questions
            .filter((q) => q.type !== 'text' && q.type !== 'date')
            .map((q) => {
              const given = answers.map((a) => a[q.position]).filter((a) => a !== undefined && a !== null);
              const summary = summarise(q.type, q.options, given);
              return { text: q.text, summary: summary.answered < minimumGroupSize ? null : summary };
            }),
    });
  }
  return surveys.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));
}
