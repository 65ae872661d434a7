import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** A notice for a change made in one click, with an Undo button that runs `undo` and closes the notice. */
export function showUndoNotice({
  id,
  title,
  text,
  undo,
}: {
  id: string;
  title: string;
  text: string;
  undo: () => void;
}) {
  notifications.show({
    id,
    title,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2}>
          {text}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
