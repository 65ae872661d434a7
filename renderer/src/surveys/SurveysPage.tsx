import { Anchor, Button, EmptyState, Paper, Stack, Table } from '@mantine/core';
import { surveyKindLabels } from '@contract/surveys';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { PageHeader } from '../shell/PageHeader';

/** Surveys Trellis holds, each leading to its report. */
export function SurveysPage() {
  const surveys = useOperation('surveys.list', {});
  return (
    <Stack gap="lg">
      <PageHeader
        title="Surveys"
        description={
          <>
            Reports never show a group of fewer than 5 respondents.{' '}
            <Anchor component={Link} to="/imports">
              Back to imports
            </Anchor>
          </>
        }
        actions={
          <Button component={Link} to="/imports/new/survey">
            Import survey responses
          </Button>
        }
      />
      <QueryState
        query={surveys}
        failure="The surveys could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconChartBar size={28} />}
            withIndicatorBackground
            title="No surveys yet"
            description="Import a survey export (Qualtrics, REDCap, Microsoft Forms or Google Forms): Trellis creates the survey from its columns."
          >
            <EmptyState.Actions>
              <Button component={Link} to="/imports/new/survey">
                Import survey responses
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(list) => (
          <Paper withBorder radius="md">
            <Table aria-label="Surveys" striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Survey</Table.Th>
                  <Table.Th>Year</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Questions</Table.Th>
                  <Table.Th>Responses</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/imports/surveys/${s.id}`}>
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{s.year}</Table.Td>
                    <Table.Td>{surveyKindLabels[s.kind]}</Table.Td>
                    <Table.Td>{s.questionCount}</Table.Td>
                    <Table.Td>{s.responseCount.toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
