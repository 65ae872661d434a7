import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { letterKindLabels, letterKinds, type AwardWarning } from '@contract/awards';
import { IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useOperationMutation } from '../api/useOperation';
import { useOperationForm } from '../forms/useOperationForm';
import { AwardWarnings } from './labels';
import { readFileBase64 } from './readFileBase64';

/**
 * One PDF letter for a nomination: the file, its kind, title and writer. The
 * core checks the file (a password-protected or damaged PDF is refused with
 * what to do) and keeps it inside the encrypted database.
 */
export function UploadLetter({ nominationId }: { nominationId: number }) {
  const add = useOperationMutation('awards.letters.add');
  const inputId = useId();
  // A new input after each upload: a file input cannot be emptied otherwise.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [warnings, setWarnings] = useState<AwardWarning[]>([]);
  const empty = { nominationId, kind: 'support' as const, title: '', author: '', fileName: '', base64: '' };
  const { form, errors, formError, submitWith } = useOperationForm('awards.letters.add', {
    defaultValues: empty,
    fields: ['kind', 'title', 'author', 'fileName', 'base64'],
  });
  const [base64, title] = useWatch({ control: form.control, name: ['base64', 'title'] });

  // The file is read when chosen, so what is checked before sending is what is sent; Upload waits for it.
  const choose = async (chosen: File | null) => {
    form.clearErrors(['fileName', 'base64']);
    form.setValue('base64', '');
    form.setValue('fileName', chosen?.name ?? '');
    if (!chosen) return;
    if (!form.getValues('title')?.trim()) form.setValue('title', chosen.name.replace(/\.pdf$/i, ''));
    try {
      const read = await readFileBase64(chosen);
      // A file chosen meanwhile replaces this one.
      if (form.getValues('fileName') === chosen.name) form.setValue('base64', read);
    } catch (error) {
      form.setError('base64', { message: error instanceof Error ? error.message : 'The file could not be read.' });
    }
  };
  const upload = submitWith(async (values) => {
    setWarnings([]);
    const added = await add.mutateAsync(values);
    setWarnings(added.warnings);
    notifications.show({
      color: added.warnings.length ? 'yellow' : 'teal',
      title: 'Letter uploaded',
      message: `${added.letter.title}: ${added.letter.pages} page${added.letter.pages === 1 ? '' : 's'}`,
    });
    form.reset({ ...empty, kind: values.kind });
    setFileInputKey((key) => key + 1);
  });
  const fileError = errors.base64?.message ?? errors.fileName?.message;

  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }} aria-label="Upload a letter">
      {formError && (
        <Alert color="red" title="Letter not uploaded" role="alert">
          {formError}
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
            key={fileInputKey}
            type="file"
            accept="application/pdf"
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)}
          />
          {fileError && (
            <Text size="xs" c="red">
              {fileError}
            </Text>
          )}
        </Stack>
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Kind"
              allowDeselect={false}
              data={letterKinds.map((k) => ({ value: k, label: letterKindLabels[k] }))}
              value={field.value ?? 'support'}
              onChange={(v) => field.onChange(v ?? 'support')}
              error={errors.kind?.message}
            />
          )}
        />
        <TextInput
          label="Title"
          placeholder="e.g. Letter from Dr. Ruiz"
          error={errors.title?.message}
          {...form.register('title')}
        />
      </SimpleGrid>
      <Group align="flex-end">
        <TextInput
          label="Written by"
          placeholder="Optional"
          error={errors.author?.message}
          style={{ flex: 1 }}
          {...form.register('author')}
        />
        <Button
          leftSection={<IconUpload size={16} />}
          disabled={!base64 || !title?.trim()}
          loading={add.isPending}
          onClick={upload}
        >
          Upload letter
        </Button>
      </Group>
    </Stack>
  );
}
