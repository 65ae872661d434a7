import { Alert, Button, EmptyState, Group, Stack } from '@mantine/core';
import { IconChartBar, IconFileImport, IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router-dom';
import { canChooseFiles, filesOnlyInDesktopApp } from '../api/files';
import { PageHeader } from '../shell/PageHeader';
import { BatchTable } from './BatchTable';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

/** The imports so far, and the way in to a new one. `?batch=ID` marks one import (the wizard links here). */
export function ImportsPage() {
  const batches = useOperation('imports.list', { limit: 200 });
  const [params] = useSearchParams();
  const highlight = Number(params.get('batch')) || null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Imports"
        description="You see what changes before it is saved, and can undo any import."
        actions={
          <>
            <Button component={Link} to="/imports/surveys" variant="default" leftSection={<IconChartBar size={16} />}>
              Surveys
            </Button>
            <Button component={Link} to="/imports/new/roster" leftSection={<IconUsers size={16} />}>
              Import faculty roster
            </Button>
            <Button component={Link} to="/imports/new/survey" leftSection={<IconFileImport size={16} />}>
              Import survey responses
            </Button>
          </>
        }
      />
      {!canChooseFiles() && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title="Choosing files">
          {filesOnlyInDesktopApp}
        </Alert>
      )}
      <QueryState
        query={batches}
        failure="The imports could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconFileImport size={28} />}
            withIndicatorBackground
            title="Nothing imported yet"
            description="Start with the HR faculty roster (Excel or CSV), so survey responses can be matched to people. Then import the survey export from Qualtrics, REDCap, Microsoft Forms or Google Forms."
          >
            <EmptyState.Actions>
              <Group>
                <Button component={Link} to="/imports/new/roster">
                  Import faculty roster
                </Button>
              </Group>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(list) => <BatchTable batches={list} highlight={highlight} />}
      </QueryState>
    </Stack>
  );
}
