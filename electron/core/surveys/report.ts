import type { ReadableDb } from '../../../db/handles';
import { careerStageLabels, type CareerStage } from '../../common/ranks';
import { foldForSearch } from '../../common/text';
import {
  minimumGroupSize,
  type Breakdown,
  type CommentList,
  type GroupResult,
  type QuestionReport,
  type SurveyQuestion,
  type SurveyReport,
  type YearResult,
} from './contract';
import { getSurvey } from './queries';
import { summarise } from './statistics';

type StoredAnswer = string | number | string[] | [number, string];

interface LoadedResponse {
  status: string;
  department: string | null;
  rank: string | null;
  careerStage: string | null;
  answers: Record<number, StoredAnswer>;
}

const tooFew = `Fewer than ${minimumGroupSize} respondents`;
const hiddenToProtect = 'Hidden so a smaller group cannot be worked out';
const unlinked = 'Not linked to a person';

async function loadResponses(db: ReadableDb, surveyId: number, includePartial: boolean): Promise<LoadedResponse[]> {
  const rows = await db
    .selectFrom('survey_responses')
    .select(['status', 'department', 'rank', 'career_stage', 'answers'])
    .where('survey_id', '=', surveyId)
    .where('superseded', '=', 0)
    .$if(!includePartial, (q) => q.where('status', '=', 'complete'))
    .execute();
  return rows.map((r) => ({
    status: r.status,
    department: r.department,
    rank: r.rank,
    careerStage: r.career_stage,
    answers: JSON.parse(r.answers) as Record<number, StoredAnswer>,
  }));
}

function groupOf(response: LoadedResponse, breakdown: Breakdown): string {
  if (breakdown === 'department') return response.department ?? unlinked;
  if (breakdown === 'rank') return response.rank ?? unlinked;
  return response.careerStage
    ? (careerStageLabels[response.careerStage as CareerStage] ?? response.careerStage)
    : unlinked;
}

function answersTo(question: Pick<SurveyQuestion, 'position'>, responses: readonly LoadedResponse[]): StoredAnswer[] {
  const out: StoredAnswer[] = [];
  for (const r of responses) {
    const answer = r.answers[question.position];
    if (answer !== undefined && answer !== null) out.push(answer);
  }
  return out;
}

/**
 * Breakdown groups, each shown only with at least five answers. When exactly
 * one group is hidden, the next smallest is hidden too: otherwise the hidden
 * group's answers could be worked out from the total.
 */
function groups(question: SurveyQuestion, responses: readonly LoadedResponse[], breakdown: Breakdown): GroupResult[] {
  const byGroup = new Map<string, LoadedResponse[]>();
  for (const r of responses) {
    const group = groupOf(r, breakdown);
    const members = byGroup.get(group);
    if (members) members.push(r);
    else byGroup.set(group, [r]);
  }
  const results: GroupResult[] = [...byGroup].map(([group, members]) => {
    const summary = summarise(question.type, question.options, answersTo(question, members));
    return summary.answered < minimumGroupSize
      ? { group, suppressed: true, note: tooFew, answered: null, distribution: null, mean: null, median: null }
      : { group, suppressed: false, note: null, ...summary };
  });
  const hidden = results.filter((g) => g.suppressed);
  const shown = results.filter((g) => !g.suppressed).sort((a, b) => (a.answered ?? 0) - (b.answered ?? 0));
  if (hidden.length === 1 && shown.length > 0) {
    const next = shown[0]!;
    Object.assign(next, {
      suppressed: true,
      note: hiddenToProtect,
      answered: null,
      distribution: null,
      mean: null,
      median: null,
    });
  }
  return results.sort((a, b) => a.group.localeCompare(b.group));
}

const sameQuestion = (a: Pick<SurveyQuestion, 'key' | 'text'>, b: Pick<SurveyQuestion, 'key' | 'text'>) =>
  a.key === b.key || foldForSearch(a.text).trim() === foldForSearch(b.text).trim();

export interface ReportOptions {
  breakdowns: readonly Breakdown[];
  includePartial: boolean;
  yearOverYear: boolean;
  includeComments: boolean;
}

/**
 * A survey's report: per question the distribution, and mean and median for
 * scales; broken down by department, rank and career stage; year over year
 * against surveys of the same name. Groups under five respondents are never
 * shown. Free-text answers stay out unless asked for.
 */
export async function surveyReport(db: ReadableDb, surveyId: number, options: ReportOptions): Promise<SurveyReport> {
  const survey = await getSurvey(db, surveyId);
  const responses = await loadResponses(db, surveyId, options.includePartial);
  const respondents = responses.length;
  const suppressed = respondents < minimumGroupSize;

  const siblings = options.yearOverYear
    ? await db
        .selectFrom('surveys')
        .select(['id', 'name', 'year'])
        .where('kind', '=', survey.kind)
        .orderBy('year')
        .execute()
    : [];
  const years: { surveyId: number; year: number; questions: SurveyQuestion[]; responses: LoadedResponse[] }[] = [];
  for (const sibling of siblings.filter((s) => foldForSearch(s.name) === foldForSearch(survey.name))) {
    const other = sibling.id === survey.id ? survey : await getSurvey(db, sibling.id);
    years.push({
      surveyId: sibling.id,
      year: sibling.year,
      questions: other.questions,
      responses: sibling.id === survey.id ? responses : await loadResponses(db, sibling.id, options.includePartial),
    });
  }

  const questions: QuestionReport[] = survey.questions
    .filter((q) => q.type !== 'text')
    .map((question) => {
      const summary = summarise(question.type, question.options, answersTo(question, responses));
      const hide = suppressed || summary.answered < minimumGroupSize;
      const breakdowns: QuestionReport['breakdowns'] = {};
      if (!hide) for (const b of options.breakdowns) breakdowns[b] = groups(question, responses, b);
      const yearOverYear: YearResult[] = years
        .map((y) => ({ y, match: y.questions.find((q) => sameQuestion(q, question)) }))
        .filter(({ match }) => match !== undefined)
        .map(({ y, match }) => {
          const s = summarise(match!.type, match!.options, answersTo(match!, y.responses));
          return s.answered < minimumGroupSize
            ? {
                surveyId: y.surveyId,
                year: y.year,
                suppressed: true,
                note: tooFew,
                answered: null,
                distribution: null,
                mean: null,
                median: null,
              }
            : { surveyId: y.surveyId, year: y.year, suppressed: false, note: null, ...s };
        });
      return {
        questionId: question.id,
        key: question.key,
        text: question.text,
        type: question.type,
        answered: hide ? 0 : summary.answered,
        suppressed: hide,
        note: hide ? tooFew : null,
        distribution: hide ? null : summary.distribution,
        mean: hide ? null : summary.mean,
        median: hide ? null : summary.median,
        breakdowns,
        yearOverYear,
      };
    });

  let comments: CommentList[] | null = null;
  if (options.includeComments) {
    comments = survey.questions
      .filter((q) => q.type === 'text')
      .map((q) => ({ questionId: q.id, text: q.text, comments: answersTo(q, responses).map(String) }));
  }
  return {
    survey: {
      id: survey.id,
      name: survey.name,
      year: survey.year,
      kind: survey.kind,
      questionCount: survey.questions.length,
      responseCount: survey.responseCount,
    },
    respondents,
    partial: responses.filter((r) => r.status === 'partial').length,
    minimumGroupSize,
    suppressed,
    note: suppressed ? `${tooFew}: nothing can be shown without identifying someone.` : null,
    questions,
    comments,
  };
}
