import '@mantine/charts/styles.css';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { surveyKindLabels, type SurveyReport } from '@contract/surveys';
import { IconEyeOff } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { PageHeader } from '../shell/PageHeader';
import { QuestionReportCard } from './QuestionReportCard';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

/** /imports/surveys/:id — a survey's answers in aggregate. */
export function SurveyReportPage() {
  const id = Number(useParams().id);
  const report = useOperation('surveys.report', { id });
  const back = (
    <Anchor component={Link} to="/imports/surveys">
      Back to surveys
    </Anchor>
  );
  return (
    <QueryState query={report} failure="This survey's report could not be opened" failureAction={back}>
      {(data) => <Report report={data} />}
    </QueryState>
  );
}

function Report({ report }: { report: SurveyReport }) {
  const { survey, respondents, partial, minimumGroupSize, note, questions } = report;
  return (
    <Stack gap="lg">
      <PageHeader
        title={survey.name}
        description={
          <>
            {surveyKindLabels[survey.kind]}, {survey.year} · {formatCount(respondents, 'respondent', 'respondents')}
            {partial > 0 && ` (${partial} partial)`} ·{' '}
            <Anchor component={Link} to="/imports/surveys">
              All surveys
            </Anchor>
          </>
        }
      />
      <Alert color="gray" icon={<IconEyeOff size={18} />} title="Small groups are hidden">
        To keep answers anonymous, any group of fewer than {minimumGroupSize} respondents is not shown, and a second
        group is hidden when it would let someone work the first one out. Free-text comments are never shown here.
      </Alert>
      {note && <Text c="orange.8">{note}</Text>}
      {questions.map((q) => (
        <QuestionReportCard key={q.questionId} question={q} />
      ))}
    </Stack>
  );
}
