import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { letterheadLabels, type Letterhead, type LetterheadField } from '@contract/documents';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';

const descriptions: Partial<Record<LetterheadField, string>> = {
  address: 'One line per line of the address.',
  signatoryName: 'Who signs service-portfolio letters, e.g. Dr. Amara Okonkwo.',
  confidentiality: 'Printed at the foot of every page, beside the page number.',
};

/** The letterhead's words: institution, office, address, signatory and the confidentiality footer. */
export function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const [values, setValues] = useState(letterhead);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useOperationMutation('documents.settings.update');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    try {
      const saved = await save.mutateAsync({ letterhead: values });
      setValues(saved.letterhead);
      notifications.show({ color: 'teal', title: 'Letterhead saved', message: 'New documents use it from now on.' });
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0)
        setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([field, message]) => [field.replace('letterhead.', ''), message]),
          ),
        );
      else setProblem(isApiError(error) ? error.message : 'The letterhead was not saved. Please try again.');
    }
  }

  const field = (name: LetterheadField) => ({
    label: letterheadLabels[name],
    description: descriptions[name],
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [name]: event.currentTarget.value }),
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Letterhead">
      <Stack gap="md">
        {problem && (
          <Alert color="red" title="Not saved">
            {problem}
          </Alert>
        )}
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
