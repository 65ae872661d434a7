import { ActionIcon, Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateComment, SelectedComment } from '@contract/awards';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { Section } from '../shell/RecordParts';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

/**
 * Survey comments by the nominee's mentees, names removed, that staff may
 * choose for the packet. Nothing is included unless chosen here.
 */
export function CommentsPanel({ nominationId }: { nominationId: number }) {
  const comments = useOperation('awards.comments.list', { nominationId });
  const select = useOperationMutation('awards.comments.select');
  const unselect = useOperationMutation('awards.comments.unselect');
  const reorder = useOperationMutation('awards.comments.reorder');
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) });
    }
  };
  const move = (selected: SelectedComment[], index: number, by: -1 | 1) => {
    const order = selected.map((c) => c.id);
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    void run(() => reorder.mutateAsync({ nominationId, order }));
  };
  const choose = (c: CandidateComment) =>
    void run(() => select.mutateAsync({ nominationId, responseId: c.responseId, questionKey: c.questionKey }));

  return (
    <Section title="Mentees’ survey comments for the packet">
      <QueryState
        query={comments}
        failure="The comments could not be loaded"
        isEmpty={(found) => found.candidates.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            No survey comments from the nominee’s mentees. Comments appear here once a survey with free-text answers
            from people they mentored has been imported.
          </Text>
        }
      >
        {(found) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Respondents are never named, and their own name and email are taken out of what they wrote. Only the
              comments you choose go into the packet.
            </Text>
            <Title order={3} size="h5">
              Chosen for the packet ({found.selected.length})
            </Title>
            {found.selected.length === 0 ? (
              <Text size="sm" c="dimmed">
                None chosen yet.
              </Text>
            ) : (
              found.selected.map((c, index, all) => (
                <Group key={c.id} wrap="nowrap" align="flex-start">
                  <Blockquote p="xs" style={{ flex: 1 }}>
                    {c.text}
                  </Blockquote>
                  <ActionIcon
                    variant="subtle"
                    aria-label="Move comment up"
                    disabled={index === 0}
                    onClick={() => move(all, index, -1)}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label="Move comment down"
                    disabled={index === all.length - 1}
                    onClick={() => move(all, index, 1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label="Leave this comment out"
                    onClick={() => void run(() => unselect.mutateAsync({ id: c.id }))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              ))
            )}
            <Title order={3} size="h5">
              Comments to choose from
            </Title>
            {found.candidates.map((c) => (
              <Group key={`${c.responseId}:${c.questionKey}`} wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ flex: 1 }}>
                  <Text size="xs" c="dimmed">
                    {c.surveyName} {c.surveyYear} · {c.questionText}
                  </Text>
                  <Text size="sm">{c.text}</Text>
                </Stack>
                <Button size="xs" variant="light" disabled={c.selectedId !== null} onClick={() => choose(c)}>
                  {c.selectedId !== null ? 'Chosen' : 'Choose'}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}
