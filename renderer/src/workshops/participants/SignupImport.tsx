import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RowDecision } from '@contract/imports';
import type { SignupPreview } from '@contract/imports/signup';
import type { Workshop } from '@contract/workshops';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { canChooseFiles, chooseFile, filesOnlyInDesktopApp, spreadsheetFilters } from '../../api/files';
import { useOperationMutation } from '../../api/useOperation';
import { nothingChanged } from '../../imports/importWords';

const byName = 'byName';

/**
 * The sign-up sheet (a form's export or a typed list), through the same
 * import as rosters and surveys: choose the file, see who it adds and who
 * the directory cannot settle, then add them. Nothing changes before "Add";
 * the import is listed under Imports and can be undone there.
 */
export function SignupImport({ w, onDone }: { w: Workshop; onDone: () => void }) {
  const preview = useOperationMutation('imports.previewSignups');
  const commit = useOperationMutation('imports.commitSignups');
  const { mutate: discard } = useOperationMutation('imports.discard');
  const [checked, setChecked] = useState<SignupPreview | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [linked, setLinked] = useState<Record<number, string>>({});
  // The check the core holds for us: dropped when replaced, used, or when the dialog closes.
  const held = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (held.current) discard({ previewId: held.current });
    },
    [discard],
  );

  const pick = async () => {
    const file = await chooseFile({
      purpose: 'import',
      title: 'Choose the sign-up sheet',
      filters: spreadsheetFilters,
    });
    if (!file) return;
    if (held.current) discard({ previewId: held.current });
    held.current = null;
    setChecked(null);
    setLinked({});
    setFileName(file.fileName);
    preview.mutate(
      { path: file.path, workshopId: w.id },
      {
        onSuccess: (p) => {
          held.current = p.previewId;
          setChecked(p);
        },
      },
    );
  };

  const add = () => {
    if (!checked) return;
    const rows: RowDecision[] = Object.entries(linked)
      .filter(([, v]) => v !== byName)
      .map(([row, facultyId]) => ({ row: Number(row), action: 'link', facultyId: Number(facultyId) }));
    commit.mutate(
      { previewId: checked.previewId, decisions: { rows, deactivate: [], acceptEffects: [], rememberMapping: true } },
      {
        onSuccess: (result) => {
          held.current = null;
          notifications.show({
            color: 'teal',
            title: 'Sign-ups added',
            message: `Added ${result.inserted}; ${result.unchanged} already on the list.`,
          });
          onDone();
        },
      },
    );
  };

  const s = checked?.summary;
  return (
    <Stack gap="md">
      <Text size="sm">
        Choose the sign-up sheet as .xlsx or .csv, with a column for the email or the name of each person. People the
        directory does not know are added by name, to be linked later.
      </Text>
      <Group>
        <Button
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void pick()}
          loading={preview.isPending}
          disabled={!canChooseFiles()}
        >
          {fileName ? 'Choose another file…' : 'Choose file…'}
        </Button>
        {fileName && <Text size="sm">{fileName}</Text>}
        {!canChooseFiles() && (
          <Text size="sm" c="dimmed">
            {filesOnlyInDesktopApp}
          </Text>
        )}
      </Group>
      {(preview.isError || commit.isError) && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not imported">
          {nothingChanged(errorMessage(preview.error ?? commit.error))}
        </Alert>
      )}
      {s && checked && (
        <>
          <SimpleGrid cols={4} spacing="xs" role="list" aria-label="Sign-up counts">
            {(
              [
                ['Rows read', s.rows],
                ['To add', s.inserted],
                ['Already on the list', s.unchanged],
                ['Not found in the directory', s.ambiguous + s.unmatched],
              ] as const
            ).map(([label, value]) => (
              <Paper
                key={label}
                withBorder
                radius="md"
                px="sm"
                py={6}
                role="listitem"
                aria-label={`${label}: ${value}`}
              >
                <Text size="xl" fw={600}>
                  {value}
                </Text>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {checked.review.length > 0 && (
            <Table aria-label="Sign-ups to check" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Row</Table.Th>
                  <Table.Th>In the sheet</Table.Th>
                  <Table.Th>Added as</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {checked.review.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{[r.name, r.email].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>
                      {r.candidates.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          By name (not in the directory)
                        </Text>
                      ) : (
                        <Select
                          size="xs"
                          aria-label={`Who row ${r.row} is`}
                          allowDeselect={false}
                          data={[
                            { value: byName, label: 'By name, to link later' },
                            ...r.candidates.map((c) => ({ value: String(c.id), label: `${c.name} · ${c.department}` })),
                          ]}
                          value={linked[r.row] ?? byName}
                          onChange={(v) => setLinked((l) => ({ ...l, [r.row]: v ?? byName }))}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={add} loading={commit.isPending} disabled={!checked || checked.summary.inserted === 0}>
          {checked ? `Add ${checked.summary.inserted} to the list` : 'Add to the list'}
        </Button>
      </Group>
    </Stack>
  );
}
