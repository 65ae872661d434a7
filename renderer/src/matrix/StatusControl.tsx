import { Badge, Button, Group, Popover, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  responsibilityStatusLabels,
  responsibilityStatuses,
  type ResponsibilityProgress,
  type ResponsibilityStatus,
} from '@contract/matrix';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../api/useOperation';
import { useOperationForm } from '../forms/useOperationForm';

const statusColors: Record<ResponsibilityStatus, string> = {
  not_started: 'gray',
  in_progress: 'yellow',
  done: 'teal',
  not_applicable: 'blue',
};

const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  programId: number;
  responsibilityId: number;
  text: string;
  progress: ResponsibilityProgress | undefined;
}

/** A responsibility's status in the chosen program, with a date and a note; opens a small form. */
export function StatusControl({ programId, responsibilityId, text, progress }: Props) {
  const [opened, { close, toggle }] = useDisclosure(false);
  const current = progress?.status ?? 'not_started';
  return (
    <Popover opened={opened} onChange={(o) => !o && close()} width={320} position="bottom-start" withArrow trapFocus>
      <Popover.Target>
        <Badge
          component="button"
          type="button"
          variant="light"
          color={statusColors[current]}
          tt="none"
          size="sm"
          style={{ cursor: 'pointer', border: 0 }}
          aria-label={`Status: ${responsibilityStatusLabels[current]}. Change the status of “${text}”`}
          onClick={toggle}
          title={progress?.note ?? undefined}
        >
          {responsibilityStatusLabels[current]}
          {progress?.statusDate && current !== 'not_started' ? ` · ${progress.statusDate}` : ''}
        </Badge>
      </Popover.Target>
      <Popover.Dropdown>
        {/* Mounted only while open, so each opening starts from the status as it is now. */}
        {opened && (
          <StatusForm
            programId={programId}
            responsibilityId={responsibilityId}
            text={text}
            progress={progress}
            onDone={close}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function StatusForm({ programId, responsibilityId, text, progress, onDone }: Props & { onDone: () => void }) {
  const save = useOperationMutation('matrix.setStatus');
  const { form, errors, formError, submitWith } = useOperationForm('matrix.setStatus', {
    defaultValues: {
      programId,
      responsibilityId,
      status: progress?.status ?? 'not_started',
      statusDate: progress?.statusDate ?? today(),
      note: progress?.note ?? '',
    },
    fields: ['status', 'statusDate', 'note'],
  });
  const submit = submitWith(async (values) => {
    await save.mutateAsync(values);
    onDone();
  });

  return (
    <form aria-label="Responsibility status" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" lineClamp={2}>
          {text}
        </Text>
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Select
              label="Status"
              data={responsibilityStatuses.map((s) => ({ value: s, label: responsibilityStatusLabels[s] }))}
              value={field.value}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
              onChange={(v) => v && field.onChange(v)}
              error={errors.status?.message}
            />
          )}
        />
        <TextInput
          label="Date"
          type="date"
          error={errors.statusDate?.message}
          {...form.register('statusDate', { setValueAs: (v: string) => v || null })}
        />
        <Textarea label="Note" autosize minRows={2} error={errors.note?.message} {...form.register('note')} />
        {formError && (
          <Text size="sm" c="red" role="alert">
            {formError}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            Save status
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
