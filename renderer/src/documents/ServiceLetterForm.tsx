import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GeneratedDocument } from '@contract/documents';
import { useEffect } from 'react';
import { useOperationMutation } from '../api/useOperation';
import { useOperationForm } from '../forms/useOperationForm';

/** The last academic year that has ended (July 1 to June 30), the period most letters cover. */
export function lastAcademicYear(today = new Date()): { from: string; to: string } {
  const year = today.getUTCFullYear();
  const endYear = today.getUTCMonth() >= 6 ? year : year - 1;
  return { from: `${endYear - 1}-07-01`, to: `${endYear}-06-30` };
}

interface Props {
  /** Null until a person is chosen (the Documents page picks one first). */
  facultyId: number | null;
  onReady: (document: GeneratedDocument) => void;
  submitLabel?: string;
}

/** The period of a service-portfolio letter, and the message when the person had no mentoring in it. */
export function ServiceLetterForm({ facultyId, onReady, submitLabel = 'Preview letter' }: Props) {
  const build = useOperationMutation('documents.serviceLetter');
  const { form, errors, formError, submitWith } = useOperationForm('documents.serviceLetter', {
    defaultValues: { facultyId: facultyId ?? 0, ...lastAcademicYear() },
    fields: ['facultyId', 'from', 'to'],
  });
  // The person is chosen beside the form (on the Documents page) and may change while the period stays.
  useEffect(() => {
    form.setValue('facultyId', facultyId ?? 0);
    form.clearErrors('facultyId');
  }, [form, facultyId]);
  const submit = submitWith(async (values) => onReady(await build.mutateAsync(values)));

  return (
    <form onSubmit={submit} noValidate aria-label="Letter period">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The letter lists the mentees, groups facilitated, meetings, agreements and awards in this period. It starts on
          the last academic year.
        </Text>
        <SimpleGrid cols={2}>
          <TextInput type="date" label="From" required error={errors.from?.message} {...form.register('from')} />
          <TextInput type="date" label="To" required error={errors.to?.message} {...form.register('to')} />
        </SimpleGrid>
        {errors.facultyId && (
          <Text c="red" size="sm">
            {errors.facultyId.message}
          </Text>
        )}
        {formError && (
          <Alert color="orange" title="No letter for this period">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={build.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
