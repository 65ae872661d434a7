import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { letterheadFields, letterheadLabels, type Letterhead, type LetterheadField } from '@contract/documents';
import { useOperationMutation } from '../api/useOperation';
import { FormAlert } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';

const descriptions: Partial<Record<LetterheadField, string>> = {
  address: 'One line per line of the address.',
  signatoryName: 'Who signs service-portfolio letters, e.g. Dr. Amara Okonkwo.',
  confidentiality: 'Printed at the foot of every page, beside the page number.',
};

/** The letterhead's words: institution, office, address, signatory and the confidentiality footer. */
export function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const save = useOperationMutation('documents.settings.update');
  const { form, errors, formError, submitWith } = useOperationForm('documents.settings.update', {
    defaultValues: { letterhead },
    fields: letterheadFields.map((name) => `letterhead.${name}` as const),
  });
  const submit = submitWith(async (values) => {
    const saved = await save.mutateAsync(values);
    // The core trims what was typed: the form shows what was saved.
    form.reset({ letterhead: saved.letterhead });
    notifications.show({ color: 'teal', title: 'Letterhead saved', message: 'New documents use it from now on.' });
  });

  const field = (name: LetterheadField) => ({
    label: letterheadLabels[name],
    description: descriptions[name],
    error: errors.letterhead?.[name]?.message,
    ...form.register(`letterhead.${name}`),
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Letterhead">
      <Stack gap="md">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('institution')} />
          <TextInput {...field('office')} />
        </SimpleGrid>
        <Textarea {...field('address')} autosize minRows={2} maxRows={4} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('signatoryName')} />
          <TextInput {...field('signatoryTitle')} />
        </SimpleGrid>
        <TextInput {...field('confidentiality')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save letterhead
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
