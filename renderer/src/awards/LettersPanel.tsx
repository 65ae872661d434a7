import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { letterKindLabels, type LetterInfo, type Nomination } from '@contract/awards';
import { IconArrowDown, IconArrowUp, IconDownload, IconTrash } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { saveFile } from '../api/saveFile';
import { Section } from '../shell/RecordParts';
import { useOperationMutation } from '../api/useOperation';
import { UploadLetter } from './UploadLetter';

/**
 * The nomination's PDF letters, in packet order. Uploads are checked by the
 * core (a password-protected or damaged file is refused with a message that
 * says what to do) and kept inside the encrypted database.
 */
export function LettersPanel({ n, editable }: { n: Nomination; editable: boolean }) {
  const reorder = useOperationMutation('awards.letters.reorder');
  const remove = useOperationMutation('awards.letters.remove');
  const move = async (index: number, by: -1 | 1) => {
    const order = n.letters.map((l) => l.id);
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    try {
      await reorder.mutateAsync({ nominationId: n.id, order });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Order not changed', message: errorMessage(error) });
    }
  };
  const confirmRemove = (letter: LetterInfo) =>
    openConfirmModal({
      title: `Remove “${letter.title}”?`,
      children: <Text size="sm">The letter is deleted from Trellis. Upload it again if it is needed later.</Text>,
      labels: { confirm: 'Remove letter', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await remove.mutateAsync({ id: letter.id });
          notifications.show({ color: 'teal', title: 'Letter removed', message: letter.title });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(error) });
        }
      },
    });
  const download = useOperationMutation('awards.letters.download', {
    onSuccess: saveFile,
    onError: (error) => notifications.show({ color: 'red', title: 'Not downloaded', message: errorMessage(error) }),
  });

  return (
    <Section title="Letters">
      {n.letters.length === 0 ? (
        <Text size="sm" c="dimmed">
          No letters yet. Upload the nomination letter, up to {n.cycle.maxSupportLetters} support letters and the CV as
          PDF files.
        </Text>
      ) : (
        <Table aria-label="Letters" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Letter</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Pages</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {n.letters.map((letter, index) => (
              <Table.Tr key={letter.id}>
                <Table.Td>
                  <Text size="sm">{letter.title}</Text>
                  {letter.author && (
                    <Text size="xs" c="dimmed">
                      {letter.author}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{letterKindLabels[letter.kind]}</Table.Td>
                <Table.Td>{letter.pages}</Table.Td>
                <Table.Td>
                  <Text size="sm">{letter.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    {(letter.sizeBytes / 1024).toFixed(0)} KB
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {editable && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move ${letter.title} up`}
                          disabled={index === 0}
                          onClick={() => void move(index, -1)}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move ${letter.title} down`}
                          disabled={index === n.letters.length - 1}
                          onClick={() => void move(index, 1)}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </>
                    )}
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Download ${letter.title}`}
                      onClick={() => download.mutate({ id: letter.id })}
                    >
                      <IconDownload size={16} />
                    </ActionIcon>
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${letter.title}`}
                        onClick={() => confirmRemove(letter)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable ? (
        <UploadLetter nominationId={n.id} />
      ) : (
        <Text size="xs" c="dimmed">
          The committee has this nomination, so its letters stay as submitted.
        </Text>
      )}
    </Section>
  );
}
