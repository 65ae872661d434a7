import { ActionIcon, Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  letterKindLabels,
  letterKinds,
  type AwardWarning,
  type LetterInfo,
  type LetterKind,
  type Nomination,
} from '@contract/awards';
import { IconArrowDown, IconArrowUp, IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { saveFile } from '../api/saveFile';
import { Section } from '../shell/RecordParts';
import { useOperationMutation } from '../api/useOperation';
import { AwardWarnings } from './labels';
import { readFileBase64 } from './readFileBase64';

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

function UploadLetter({ nominationId }: { nominationId: number }) {
  const add = useOperationMutation('awards.letters.add');
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<LetterKind>('support');
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<AwardWarning[]>([]);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (chosen && title.trim() === '') setTitle(chosen.name.replace(/\.pdf$/i, ''));
  };
  const upload = async () => {
    if (!file) return;
    setError(null);
    setWarnings([]);
    try {
      const base64 = await readFileBase64(file);
      const added = await add.mutateAsync({ nominationId, kind, title, author, fileName: file.name, base64 });
      setWarnings(added.warnings);
      notifications.show({
        color: added.warnings.length ? 'yellow' : 'teal',
        title: 'Letter uploaded',
        message: `${added.letter.title}: ${added.letter.pages} page${added.letter.pages === 1 ? '' : 's'}`,
      });
      setFile(null);
      setTitle('');
      setAuthor('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }} aria-label="Upload a letter">
      {error && (
        <Alert color="red" title="Letter not uploaded" role="alert">
          {error}
        </Alert>
      )}
      <AwardWarnings warnings={warnings} title="Uploaded, but over the cycle’s limits" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={4}>
          <Text component="label" htmlFor={inputId} size="sm" fw={500}>
            PDF file
          </Text>
          <input
            id={inputId}
            ref={fileInput}
            type="file"
            accept="application/pdf"
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
        </Stack>
        <Select
          label="Kind"
          allowDeselect={false}
          data={letterKinds.map((k) => ({ value: k, label: letterKindLabels[k] }))}
          value={kind}
          onChange={(v) => setKind((v as LetterKind | null) ?? 'support')}
        />
        <TextInput
          label="Title"
          placeholder="e.g. Letter from Dr. Ruiz"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Group align="flex-end">
        <TextInput
          label="Written by"
          placeholder="Optional"
          value={author}
          onChange={(e) => setAuthor(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          leftSection={<IconUpload size={16} />}
          disabled={!file || title.trim() === ''}
          loading={add.isPending}
          onClick={() => void upload()}
        >
          Upload letter
        </Button>
      </Group>
    </Stack>
  );
}
