import { ActionIcon, Button, Group, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SynonymGroup } from '@contract/matching';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useOperation, useOperationMutation } from '../../api/useOperation';
import { FormAlert } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';
import { QueryState } from '../../shell/QueryState';

/**
 * The office's interest synonyms: words that count as one interest when
 * suggestions compare people ("QI" and "quality improvement"). Case and
 * spelling variants are already treated alike.
 */
export function InterestSynonyms() {
  const groups = useOperation('matching.synonyms.get', {});
  return (
    <QueryState query={groups} failure="The interest synonyms could not be loaded">
      {(found) => <SynonymsForm groups={found} />}
    </QueryState>
  );
}

function SynonymsForm({ groups }: { groups: SynonymGroup[] }) {
  const save = useOperationMutation('matching.synonyms.set');
  const { form, formError, submitWith } = useOperationForm('matching.synonyms.set', {
    defaultValues: { groups },
    fields: ['groups'],
  });
  const rows = useFieldArray({ control: form.control, name: 'groups' });
  const errors = form.formState.errors.groups;
  const submit = submitWith(async (values) => {
    const saved = await save.mutateAsync(values);
    form.reset({ groups: saved });
    notifications.show({ color: 'teal', title: 'Synonyms saved', message: 'Suggestions use them from now on.' });
  });
  return (
    <form onSubmit={submit} aria-label="Interest synonyms" noValidate>
      <Stack gap="sm">
        <FormAlert message={formError} />
        {rows.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No synonyms yet. Add one when two words for the same interest keep people apart.
          </Text>
        )}
        {rows.fields.map((row, index) => (
          <Group key={row.id} align="flex-start" wrap="nowrap">
            <TextInput
              label="Counts as"
              w={200}
              {...form.register(`groups.${index}.canonical`)}
              error={errors?.[index]?.canonical?.message}
            />
            <Controller
              control={form.control}
              name={`groups.${index}.terms`}
              render={({ field }) => (
                <TagsInput
                  label="Words"
                  description="Press Enter after each."
                  flex={1}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={errors?.[index]?.terms?.message}
                />
              )}
            />
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={`Remove synonym group ${index + 1}`}
              onClick={() => rows.remove(index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => rows.append({ canonical: '', terms: [] })}
          >
            Add a synonym
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
            Save synonyms
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
