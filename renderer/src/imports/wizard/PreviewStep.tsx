import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ImportPreview, ImportProgress } from '@contract/imports';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import { errorMessage, isApiError } from '../../api/client';
import { formatCount, formatMoment } from '../../faculty/format';
import { CountsSummary } from './CountsSummary';
import { ProgressPanel } from './ProgressPanel';
import { nothingChanged } from '../importWords';

/** Step 3: the whole file read and matched, nothing written yet; what an import would do, in numbers. */
export function PreviewStep({
  preview,
  running,
  progress,
  error,
  onCancel,
  onBack,
  onRetry,
  onNext,
}: {
  preview: ImportPreview | null;
  running: boolean;
  progress: ImportProgress | null;
  error: unknown;
  onCancel: () => void;
  onBack: () => void;
  onRetry: () => void;
  onNext: () => void;
}) {
  if (running) return <ProgressPanel title="Checking the file" progress={progress} onCancel={onCancel} />;
  if (error || !preview) {
    const cancelled = isApiError(error) && error.code === 'IMPORT_CANCELLED';
    return (
      <Stack gap="md">
        <Alert
          color={cancelled ? 'gray' : 'red'}
          icon={<IconAlertTriangle size={18} />}
          title={cancelled ? 'Check cancelled' : 'The file could not be checked'}
        >
          {nothingChanged(error ? errorMessage(error) : 'The check did not run.')}
        </Alert>
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back to columns
          </Button>
          <Button onClick={onRetry}>Check again</Button>
        </Group>
      </Stack>
    );
  }
  const ambiguousDates = preview.summary.warnings.some((w) => w.code === 'AMBIGUOUS_DATE');
  return (
    <Stack gap="md">
      <Text>
        Trellis read {formatCount(preview.summary.rows, 'row', 'rows')} of {preview.file.fileName} (sheet “
        {preview.file.sheet}”). Nothing has been saved yet.
        {preview.skippedRows.blankCount + preview.skippedRows.summaryCount > 0 &&
          ` ${formatCount(preview.skippedRows.blankCount, 'blank row', 'blank rows')} and ${formatCount(preview.skippedRows.summaryCount, 'total row', 'total rows')} were left out.`}
      </Text>
      {preview.previousImport && (
        <Alert color="yellow" icon={<IconCopy size={18} />} title="This file was imported before">
          The same file was imported on {formatMoment(preview.previousImport.importedAt)} by{' '}
          {preview.previousImport.actor}. Importing it again adds no duplicates: people already there are counted as
          unchanged.
        </Alert>
      )}
      {ambiguousDates && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Some dates can be read two ways">
          Dates such as 03/04/2026 could mean March 4 or 3 April. Go back to the columns and choose how to read them.
        </Alert>
      )}
      <CountsSummary counts={preview.summary} kind={preview.kind} planned />
      {preview.survey?.newQuestions && (
        <Text size="sm" c="dimmed">
          A new survey “{preview.survey.name}” ({preview.survey.year}) will be created with{' '}
          {formatCount(preview.survey.newQuestions.length, 'question', 'questions')}.
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to columns
        </Button>
        <Button onClick={onNext}>Next: review</Button>
      </Group>
    </Stack>
  );
}
