import { Alert, Button, Group, List, Radio, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { exportWarning, type ExportFormat, type ExportResult } from '@contract/exports';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { chooseSaveLocation } from '../api/files';
import { useTrackedRun } from '../api/useTrackedRun';
import { formatCount } from '../faculty/format';
import { WorkProgressBar } from '../backups/WorkProgressBar';
import { useShownAfter } from '../backups/useShownAfter';

const formatChoices: { value: ExportFormat; label: string; description: string }[] = [
  {
    value: 'csv',
    label: 'CSV files',
    description: 'One file per kind of record, for any spreadsheet, database or statistics program.',
  },
  {
    value: 'xlsx',
    label: 'One Excel workbook',
    description: 'One sheet per kind of record, in a single .xlsx file.',
  },
];

/**
 * "Export all records…": every record in open formats, in one .zip with a
 * data dictionary and the award letters. The warning that it is not
 * encrypted comes before anything is written.
 */
export function ExportSection() {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const exporting = useTrackedRun('exports.all', { progress: 'work.progress', cancel: 'work.cancel' });
  const showProgress = useShownAfter(exporting.run.isPending);

  const start = async () => {
    const chosen = await chooseSaveLocation({
      title: 'Export all records',
      defaultName: 'Trellis records.zip',
      filters: [{ name: 'Zip archive', extensions: ['zip'] }],
    });
    if (chosen) exporting.start({ path: chosen.path, format });
  };

  return (
    <Stack gap="md">
      <Alert color="orange" title="Before you export" maw={720}>
        {exportWarning}
      </Alert>
      <Radio.Group
        label="Format"
        value={format}
        onChange={(value) => setFormat(value as ExportFormat)}
        aria-label="Export format"
      >
        <Stack gap="xs" mt={6}>
          {formatChoices.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} description={choice.description} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        The .zip also holds a data dictionary (what each column means, its type and allowed values), the award letters
        as PDF files and the letterhead images. Trellis records in the audit log who exported and when.
      </Text>
      <Group>
        <Button
          leftSection={<IconFileExport size={16} />}
          loading={exporting.run.isPending}
          onClick={() => void start()}
        >
          Export all records…
        </Button>
      </Group>
      {showProgress && (
        <WorkProgressBar label="Exporting" progress={exporting.progress} onCancel={() => exporting.cancel()} />
      )}
      {exporting.run.isError && (
        <Alert color="red" title="Nothing was exported" maw={720}>
          {errorMessage(exporting.run.error)}
        </Alert>
      )}
      {exporting.run.isSuccess && <ExportDone result={exporting.run.data} />}
    </Stack>
  );
}

function ExportDone({ result }: { result: ExportResult }) {
  const tables = Object.entries(result.tables);
  const rows = tables.reduce((sum, [, count]) => sum + count, 0);
  return (
    <Alert color="teal" title="Exported" maw={720} data-testid="export-result">
      <Stack gap={4}>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {result.path}
        </Text>
        <List size="sm">
          <List.Item>
            {formatCount(rows, 'record', 'records')} in {formatCount(tables.length, 'table', 'tables')}
            {result.format === 'xlsx' ? ', one sheet each' : ', one CSV file each'}
          </List.Item>
          <List.Item>{formatCount(result.attachments, 'letter or image', 'letters and images')} as files</List.Item>
        </List>
        <Text size="sm">Keep it on an encrypted disk, and delete it when it is no longer needed.</Text>
      </Stack>
    </Alert>
  );
}
