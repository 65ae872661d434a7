import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { questionTypeLabels, type Breakdown, type GroupResult, type QuestionReport } from '@contract/surveys';

const breakdownLabels: Record<Breakdown, string> = {
  department: 'By department',
  rank: 'By rank',
  careerStage: 'By career stage',
};

const charted = new Set(['single', 'likert', 'multiple']);

function average(mean: number | null, median: number | null): string {
  if (mean === null) return '';
  return `mean ${mean.toFixed(2)}${median !== null ? `, median ${median}` : ''}`;
}

/** One question: its answers as a chart and in numbers, by group, over the years; small groups withheld in words. */
export function QuestionReportCard({ question }: { question: QuestionReport }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={question.text}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5">
            {question.text}
          </Title>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {questionTypeLabels[question.type]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {question.answered.toLocaleString()} answered
          {question.type === 'likert' &&
            question.mean !== null &&
            ` · ${average(question.mean, question.median)} (1 = “${question.distribution?.[0]?.label ?? 'lowest'}”)`}
          {question.type === 'number' && question.mean !== null && ` · ${average(question.mean, question.median)}`}
        </Text>
        {question.type === 'text' ? (
          <Text size="sm" c="dimmed">
            Free-text answers are confidential and are not shown in reports. They are in each person’s survey record.
          </Text>
        ) : question.suppressed ? (
          <Text size="sm" c="orange.8">
            {question.note ?? 'Fewer than 5 people answered, so the answers are not shown.'}
          </Text>
        ) : (
          question.distribution &&
          charted.has(question.type) && (
            <BarChart
              h={Math.max(120, question.distribution.length * 30)}
              data={question.distribution.map((d) => ({ answer: d.label, Respondents: d.count }))}
              dataKey="answer"
              orientation="vertical"
              yAxisProps={{ width: 220 }}
              series={[{ name: 'Respondents', color: 'indigo.6' }]}
              withBarValueLabel
              aria-hidden
            />
          )
        )}
        {!question.suppressed && question.distribution && question.type !== 'text' && (
          <Text size="xs" c="dimmed" data-testid="distribution">
            {question.distribution.map((d) => `${d.label}: ${d.count} (${Math.round(d.percent)}%)`).join(' · ')}
          </Text>
        )}
        {Object.entries(question.breakdowns).map(([by, groups]) =>
          groups && groups.length > 0 ? (
            <GroupTable key={by} title={breakdownLabels[by as Breakdown]} groups={groups} question={question} />
          ) : null,
        )}
        {question.yearOverYear.length > 1 && (
          <Text size="sm">
            Over the years:{' '}
            {question.yearOverYear
              .map(
                (y) =>
                  `${y.year}: ${y.suppressed ? 'too few to show' : `${y.answered ?? 0} answered${y.mean !== null ? `, mean ${y.mean.toFixed(2)}` : ''}`}`,
              )
              .join(' · ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function GroupTable({ title, groups, question }: { title: string; groups: GroupResult[]; question: QuestionReport }) {
  if (question.type === 'text') return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Table withTableBorder verticalSpacing={4} fz="xs" aria-label={`${title}: ${question.text}`}>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.group}>
              <Table.Td w="35%">{g.group}</Table.Td>
              <Table.Td>
                {g.suppressed ? (
                  <Text span c="dimmed" inherit>
                    {g.note ?? 'Fewer than 5 respondents: not shown.'}
                  </Text>
                ) : (
                  <>
                    {g.answered} answered
                    {g.mean !== null
                      ? ` · ${average(g.mean, g.median)}`
                      : g.distribution?.length
                        ? ` · most chose “${[...g.distribution].sort((a, b) => b.count - a.count)[0]!.label}”`
                        : ''}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
