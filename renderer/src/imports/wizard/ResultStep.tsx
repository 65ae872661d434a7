import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ImportResult } from '@contract/imports';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatCount } from '../../faculty/format';
import { useBatchActions } from '../useBatchActions';
import { CountsSummary } from './CountsSummary';

/** Step 5: what was saved, where to see it, and the way back out. */
export function ResultStep({ result, onUndone }: { result: ImportResult; onUndone: () => void }) {
  const { confirmUndo } = useBatchActions();
  const { changeRequests, peerTopicInterest, noMentor } = result.effects;
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Import saved">
        {result.fileName} was imported as import {result.batchId}.
        {result.kind === 'survey' &&
          ` Survey effects applied: ${formatCount(changeRequests, 'change request', 'change requests')}, ${formatCount(peerTopicInterest, 'topic interest', 'topic interests')}, ${formatCount(noMentor, 'no-mentor note', 'no-mentor notes')}.`}
      </Alert>
      <CountsSummary counts={result} kind={result.kind} planned={false} />
      <Group>
        <Button component={Link} to={`/imports?batch=${result.batchId}`}>
          See it in the list of imports
        </Button>
        {result.surveyId !== null && (
          <Button component={Link} to={`/imports/surveys/${result.surveyId}`} variant="default">
            Open the survey report
          </Button>
        )}
        {result.kind === 'roster' && (
          <Button component={Link} to="/faculty" variant="default">
            Open the faculty directory
          </Button>
        )}
        <Button
          variant="subtle"
          color="red"
          onClick={() =>
            confirmUndo(
              {
                id: result.batchId,
                kind: result.kind,
                fileName: result.fileName,
                counts: { ...result },
              },
              onUndone,
            )
          }
        >
          Undo this import
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        You can undo it later from the list of imports, too.
      </Text>
    </Stack>
  );
}
