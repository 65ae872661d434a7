import { Accordion, Badge, Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { StandardTextValue } from '@contract/documents';
import { standardTextKeys, standardTexts, type StandardTextKey } from '@contract/documents';
import { useWatch } from 'react-hook-form';
import { errorMessage, isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { useOperationForm } from '../forms/useOperationForm';

/** The standard wording of agreements, commitment forms and letters, each with its placeholders and a way back to the default. */
export function StandardTexts({
  texts,
  keys = standardTextKeys,
}: {
  texts: Record<StandardTextKey, StandardTextValue>;
  /** Only these texts (a workshop's, beside the workshops); left out, all of them. */
  keys?: readonly StandardTextKey[];
}) {
  return (
    <Accordion variant="separated" multiple>
      {keys.map((key) => (
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
  const save = useOperationMutation('documents.settings.update');
  const path = `texts.${textKey}` as const;
  const { form, errors, submitWith } = useOperationForm('documents.settings.update', {
    defaultValues: { texts: { [textKey]: saved.value } },
    fields: [path],
  });
  const value = useWatch({ control: form.control, name: path });
  const notifySaved = (title: string) => notifications.show({ color: 'teal', title, message: spec.label });
  const notifyRefused = (error: unknown) =>
    notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });

  // A refusal about the text is shown under it; anything else in a notice, as the reset's is.
  const submit = submitWith(async (values) => {
    try {
      await save.mutateAsync(values);
      notifySaved('Wording saved');
    } catch (error) {
      if (!isApiError(error) || !error.fields[path]) return notifyRefused(error);
      throw error;
    }
  });

  function confirmReset() {
    openConfirmModal({
      title: `Reset “${spec.label}” to the default?`,
      children: <Text size="sm">Your wording is replaced by the text Trellis ships with. This cannot be undone.</Text>,
      labels: { confirm: 'Reset to default', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        save.mutate(
          { texts: { [textKey]: null } },
          { onSuccess: () => notifySaved('Default wording restored'), onError: notifyRefused },
        ),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={spec.label}
          autosize
          minRows={3}
          maxRows={12}
          error={errors.texts?.[textKey]?.message}
          {...form.register(path)}
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
          <Button type="submit" loading={save.isPending} disabled={value === saved.value}>
            Save wording
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
