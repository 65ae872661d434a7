import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GeneratedDocument } from '@contract/documents';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';

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
  const [period, setPeriod] = useState(lastAcademicYear);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const build = useOperationMutation('documents.serviceLetter');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!facultyId) {
      setErrors({ facultyId: 'Choose the faculty member first.' });
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      onReady(await build.mutateAsync({ facultyId, ...period }));
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) setErrors(error.fields);
      else setProblem(isApiError(error) ? error.message : 'The letter could not be prepared. Please try again.');
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Letter period">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The letter lists the mentees, groups facilitated, meetings, agreements and awards in this period. It starts on
          the last academic year.
        </Text>
        <SimpleGrid cols={2}>
          {(['from', 'to'] as const).map((end) => (
            <TextInput
              key={end}
              type="date"
              label={end === 'from' ? 'From' : 'To'}
              required
              value={period[end]}
              onChange={(e) => setPeriod({ ...period, [end]: e.currentTarget.value })}
              error={errors[end]}
            />
          ))}
        </SimpleGrid>
        {errors.facultyId && (
          <Text c="red" size="sm">
            {errors.facultyId}
          </Text>
        )}
        {problem && (
          <Alert color="orange" title="No letter for this period">
            {problem}
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
