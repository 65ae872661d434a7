import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { ChosenFile } from '@common/bridge';
import type { ImportKind, InspectResult } from '@contract/imports';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { canChooseFiles, chooseFile, filesOnlyInDesktopApp, spreadsheetFilters } from '../../api/files';
import { useOperationMutation } from '../../api/useOperation';
import { formatCount } from '../../faculty/format';
import { nothingChanged } from '../importWords';

export interface ChosenSheet {
  file: ChosenFile;
  inspected: InspectResult;
}

/** Step 1: pick the file in the system dialog, see what Trellis found in it, and pick a sheet if there are several. */
export function ChooseFileStep({
  kind,
  chosen,
  onChosen,
  onNext,
}: {
  kind: ImportKind;
  chosen: ChosenSheet | null;
  onChosen: (chosen: ChosenSheet | null) => void;
  onNext: () => void;
}) {
  const inspect = useOperationMutation('imports.inspect');
  const read = (file: ChosenFile, sheet?: string) =>
    inspect.mutate(
      { path: file.path, sheet, kind },
      {
        onSuccess: (inspected) => onChosen({ file, inspected }),
        // A new file that cannot be read replaces the old one; a sheet that cannot be read keeps the file, to pick another.
        onError: () => {
          if (sheet === undefined) onChosen(null);
        },
      },
    );
  const failedSheet = inspect.isError ? inspect.variables?.sheet : undefined;
  // The chosen sheet was read but holds no table (say, a "Read me" sheet first): the sheet list stays, to pick another.
  const emptySheet = !inspect.isPending && !failedSheet && chosen?.inspected.noTable ? chosen.inspected : null;

  const pick = async () => {
    const file = await chooseFile({
      purpose: 'import',
      title: kind === 'roster' ? 'Choose the faculty roster' : 'Choose the survey export',
      filters: spreadsheetFilters,
    });
    if (file) read(file);
  };

  const summary = chosen?.inspected;
  return (
    <Stack gap="md">
      <Text>
        {kind === 'roster'
          ? 'Choose the roster HR sent you, as an Excel workbook (.xlsx) or a CSV file. Title rows above the headings are fine.'
          : 'Choose the survey export from Qualtrics, REDCap, Microsoft Forms or Google Forms, as .xlsx or .csv.'}
      </Text>
      <Group>
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void pick()}
          loading={inspect.isPending}
          disabled={!canChooseFiles()}
        >
          {chosen ? 'Choose another file…' : 'Choose file…'}
        </Button>
        {!canChooseFiles() && (
          <Text size="sm" c="dimmed">
            {filesOnlyInDesktopApp}
          </Text>
        )}
      </Group>
      {inspect.isError && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={failedSheet ? `The sheet “${failedSheet}” cannot be imported` : 'This file cannot be imported'}
        >
          {nothingChanged(errorMessage(inspect.error))}
        </Alert>
      )}
      {emptySheet && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={`The sheet “${emptySheet.file.sheet}” cannot be imported`}
        >
          {emptySheet.noTable}{' '}
          {emptySheet.file.sheets.length > 1
            ? 'Pick the sheet that holds the table below.'
            : 'Choose another file, or add a row of headings above the data.'}
        </Alert>
      )}
      {chosen && summary && !inspect.isPending && (
        <Paper withBorder radius="md" p="md">
          <Stack gap="xs">
            <Text fw={500} data-testid="chosen-file">
              {chosen.file.fileName}
            </Text>
            {summary.layout && (
              <Text size="sm" c="dimmed" display={failedSheet ? 'none' : undefined}>
                {summary.file.format === 'csv'
                  ? `CSV file${summary.file.encoding ? `, ${summary.file.encoding}` : ''}`
                  : 'Excel workbook'}{' '}
                · {formatCount(summary.columns.length, 'column', 'columns')} · headings on row{' '}
                {summary.layout.headerRow}
                {summary.layout.titleRows.length > 0 &&
                  ` (${formatCount(summary.layout.titleRows.length, 'title row', 'title rows')} above skipped)`}
                {summary.layout.labelRow !== null && ' · Qualtrics question-text rows recognised and left out'}
              </Text>
            )}
            {summary.file.sheets.length > 1 && (
              <Select
                label="Sheet to import"
                description="This workbook has several sheets. Hidden sheets are marked."
                data={summary.file.sheets.map((s) => ({
                  value: s.name,
                  label: s.hidden ? `${s.name} (hidden)` : s.name,
                }))}
                value={failedSheet ?? summary.file.sheet}
                allowDeselect={false}
                onChange={(sheet) => sheet && read(chosen.file, sheet)}
                maw={360}
              />
            )}
          </Stack>
        </Paper>
      )}
      <Group justify="flex-end">
        <Button
          onClick={onNext}
          disabled={!chosen || inspect.isPending || failedSheet !== undefined || emptySheet !== null}
        >
          Next: match columns
        </Button>
      </Group>
    </Stack>
  );
}
