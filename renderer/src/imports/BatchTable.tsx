import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import type { BatchSummary } from '@contract/imports';
import { IconArrowBackUp, IconDownload } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { canChooseFiles } from '../api/files';
import { formatCount, formatMoment } from '../faculty/format';
import { importKindLabels } from './importWords';
import { useBatchActions } from './useBatchActions';

/** Past imports, newest first, each with what it did and the two things one can do with it afterwards. */
export function BatchTable({ batches, highlight }: { batches: BatchSummary[]; highlight: number | null }) {
  const { confirmUndo, saveRejected, savingRejectedOf } = useBatchActions();
  return (
    <Paper withBorder radius="md">
      <Table aria-label="Past imports" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Imported</Table.Th>
            <Table.Th>Rows</Table.Th>
            <Table.Th>What changed</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((batch) => {
            const rejected = batch.counts.errorCount + batch.counts.skipped;
            return (
              <Table.Tr
                key={batch.id}
                id={`batch-${batch.id}`}
                data-batch-id={batch.id}
                bg={highlight === batch.id ? 'var(--mantine-color-yellow-light)' : undefined}
                aria-label={`Import ${batch.id}: ${batch.fileName}`}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {batch.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {importKindLabels[batch.kind]} · sheet “{batch.sheet}”
                    {batch.surveyId !== null && (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/imports/surveys/${batch.surveyId}`} inherit>
                          survey report
                        </Anchor>
                      </>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatMoment(batch.createdAt)}</Text>
                  <Text size="xs" c="dimmed">
                    by {batch.actor}
                  </Text>
                </Table.Td>
                <Table.Td>{batch.counts.rows.toLocaleString()}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {batch.counts.inserted.toLocaleString()} added · {batch.counts.updated.toLocaleString()} updated ·{' '}
                    {batch.counts.unchanged.toLocaleString()} unchanged
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(batch.counts.skipped, 'row', 'rows')} skipped ·{' '}
                    {formatCount(batch.counts.duplicates, 'duplicate', 'duplicates')}
                    {batch.counts.errorCount > 0 && ` · ${formatCount(batch.counts.errorCount, 'error', 'errors')}`}
                    {batch.counts.deactivated > 0 && ` · ${batch.counts.deactivated} set inactive`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {batch.undoneAt ? (
                      <Badge color="gray" variant="light" title={`Undone by ${batch.undoneBy ?? 'someone'}`}>
                        Undone {formatMoment(batch.undoneAt)}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconArrowBackUp size={14} />}
                        onClick={() => confirmUndo(batch)}
                        aria-label={`Undo import of ${batch.fileName}`}
                      >
                        Undo
                      </Button>
                    )}
                    {rejected > 0 && (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconDownload size={14} />}
                        disabled={!canChooseFiles()}
                        title={canChooseFiles() ? undefined : 'Saving files works only in the desktop app.'}
                        loading={savingRejectedOf === batch.id}
                        onClick={() => void saveRejected(batch)}
                      >
                        Save rejected rows
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
