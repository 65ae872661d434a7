import { Accordion, Badge, Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { StandardTextValue } from '@contract/documents';
import { standardTextKeys, standardTexts, type StandardTextKey } from '@contract/documents';
import { useState } from 'react';
import { errorMessage, isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';

/** The standard wording of agreements, commitment forms and letters, each with its placeholders and a way back to the default. */
export function StandardTexts({ texts }: { texts: Record<StandardTextKey, StandardTextValue> }) {
  return (
    <Accordion variant="separated" multiple>
      {standardTextKeys.map((key) => (
        <Accordion.Item key={key} value={key}>
          <Accordion.Control>
            <Group gap="sm">
              <Text size="sm" fw={500}>
                {standardTexts[key].label}
              </Text>
              {!texts[key].isDefault && (
                <Badge size="sm" variant="light">
                  Edited
                </Badge>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            {/* Keyed by the saved value, so a reset shows the default again. */}
            <TextEditor key={texts[key].value} textKey={key} saved={texts[key]} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function TextEditor({ textKey, saved }: { textKey: StandardTextKey; saved: StandardTextValue }) {
  const spec = standardTexts[textKey];
  const [value, setValue] = useState(saved.value);
  const [error, setError] = useState<string | null>(null);
  const save = useOperationMutation('documents.settings.update');

  async function write(text: string | null) {
    setError(null);
    try {
      await save.mutateAsync({ texts: { [textKey]: text } });
      notifications.show({
        color: 'teal',
        title: text === null ? 'Default wording restored' : 'Wording saved',
        message: spec.label,
      });
    } catch (e) {
      const field = isApiError(e) ? e.fields[`texts.${textKey}`] : undefined;
      if (field) setError(field);
      else notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) });
    }
  }

  function confirmReset() {
    openConfirmModal({
      title: `Reset “${spec.label}” to the default?`,
      children: <Text size="sm">Your wording is replaced by the text Trellis ships with. This cannot be undone.</Text>,
      labels: { confirm: 'Reset to default', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void write(null),
    });
  }

  return (
    <Stack gap="sm">
      <Textarea
        label={spec.label}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
        error={error}
      />
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          Placeholders, replaced in each document:
        </Text>
        {Object.entries(spec.placeholders).map(([name, meaning]) => (
          <Text key={name} size="xs" c="dimmed">
            <Code>{`{${name}}`}</Code> {meaning}
          </Text>
        ))}
      </Stack>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={confirmReset} disabled={saved.isDefault}>
          Reset to default
        </Button>
        <Button onClick={() => void write(value)} loading={save.isPending} disabled={value === saved.value}>
          Save wording
        </Button>
      </Group>
    </Stack>
  );
}
