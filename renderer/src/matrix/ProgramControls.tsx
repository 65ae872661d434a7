import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Popover,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  responsibilityStatusLabels,
  responsibilityStatuses,
  type ProgressCount,
  type ResponsibilityProgress,
  type ResponsibilityStatus,
  type RoleHolder,
} from '@contract/matrix';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { firstErrorMessage } from '../forms/FormParts';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperationMutation } from '../api/useOperation';
import { reportFailure } from './reportFailure';
import { showUndoNotice } from './undoNotice';

const statusColors: Record<ResponsibilityStatus, string> = {
  not_started: 'gray',
  in_progress: 'yellow',
  done: 'teal',
  not_applicable: 'blue',
};

/** "3 of 9 done" and a small bar; responsibilities marked not applicable are left out of the count. */
export function ProgressSummary({ count, label }: { count: ProgressCount | undefined; label: string }) {
  const counted = (count?.total ?? 0) - (count?.notApplicable ?? 0);
  const done = count?.done ?? 0;
  const text = counted > 0 ? `${done} of ${counted} done` : 'Nothing to do yet';
  return (
    <Stack gap={2} mt={6} aria-label={`Progress of ${label}`} role="group">
      <Text size="xs" c="dimmed" data-testid="progress-text">
        {text}
      </Text>
      <Progress value={counted > 0 ? (done / counted) * 100 : 0} size="sm" color="teal" aria-hidden />
    </Stack>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** A responsibility's status in the chosen program, with a date and a note; opens a small form. */
export function StatusControl({
  programId,
  responsibilityId,
  text,
  progress,
}: {
  programId: number;
  responsibilityId: number;
  text: string;
  progress: ResponsibilityProgress | undefined;
}) {
  const [opened, { close, toggle }] = useDisclosure(false);
  const current = progress?.status ?? 'not_started';
  const [status, setStatus] = useState<ResponsibilityStatus>(current);
  const [date, setDate] = useState(progress?.statusDate ?? '');
  const [note, setNote] = useState(progress?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useOperationMutation('matrix.setStatus');

  function open() {
    setStatus(current);
    setDate(progress?.statusDate ?? today());
    setNote(progress?.note ?? '');
    setError(null);
    toggle();
  }

  async function submit() {
    try {
      await save.mutateAsync({ programId, responsibilityId, status, statusDate: date || null, note });
      close();
    } catch (caught) {
      setError(firstErrorMessage(caught));
    }
  }

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
          onClick={open}
          title={progress?.note ?? undefined}
        >
          {responsibilityStatusLabels[current]}
          {progress?.statusDate && current !== 'not_started' ? ` · ${progress.statusDate}` : ''}
        </Badge>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label="Responsibility status"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" lineClamp={2}>
              {text}
            </Text>
            <Select
              label="Status"
              data={responsibilityStatuses.map((s) => ({ value: s, label: responsibilityStatusLabels[s] }))}
              value={status}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
              onChange={(v) => v && setStatus(v as ResponsibilityStatus)}
            />
            <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
            <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" size="xs" loading={save.isPending}>
                Save status
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Who holds a role in the program: people and offices, each removable, and a way to add one. */
export function RoleHolders({
  programId,
  roleId,
  roleName,
  holders,
}: {
  programId: number;
  roleId: number;
  roleName: string;
  holders: RoleHolder[];
}) {
  const remove = useOperationMutation('matrix.removeHolder');
  const setHolder = useOperationMutation('matrix.setHolder');

  // Taking someone off a role is one click, so it is undone as easily: the notice puts them back.
  function removeHolder(holder: RoleHolder, name: string) {
    remove.mutate(
      { id: holder.id },
      {
        onSuccess: () =>
          showUndoNotice({
            id: `holder-removed-${holder.id}`,
            title: `Removed from ${roleName}`,
            text: name,
            undo: () =>
              setHolder.mutate(
                holder.facultyId !== null
                  ? { programId, roleId, facultyId: holder.facultyId }
                  : { programId, roleId, officeName: holder.officeName ?? '' },
                reportFailure('Not put back'),
              ),
          }),
        ...reportFailure('Not removed'),
      },
    );
  }

  return (
    <Stack gap={4} mt={6}>
      {holders.length === 0 ? (
        <Text size="xs" c="orange.8">
          Nobody holds this role
        </Text>
      ) : (
        holders.map((holder) => {
          const name = holder.facultyName ?? holder.officeName ?? '';
          return (
            <Group key={holder.id} gap={4} wrap="nowrap">
              <Text size="xs" truncate title={name}>
                {name}
              </Text>
              <ActionIcon
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={`Remove ${name} from ${roleName}`}
                onClick={() => removeHolder(holder, name)}
              >
                <IconX size={12} />
              </ActionIcon>
            </Group>
          );
        })
      )}
      <AddHolder programId={programId} roleId={roleId} roleName={roleName} />
    </Stack>
  );
}

function AddHolder({ programId, roleId, roleName }: { programId: number; roleId: number; roleName: string }) {
  const [opened, { close, toggle }] = useDisclosure(false);
  const [kind, setKind] = useState<'person' | 'office'>('person');
  const [personId, setPersonId] = useState<number | null>(null);
  const [office, setOffice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const setHolder = useOperationMutation('matrix.setHolder');

  async function submit() {
    try {
      await setHolder.mutateAsync(
        kind === 'person' ? { programId, roleId, facultyId: personId } : { programId, roleId, officeName: office },
      );
      setPersonId(null);
      setOffice('');
      close();
    } catch (caught) {
      setError(firstErrorMessage(caught));
    }
  }

  return (
    <Popover opened={opened} onChange={(o) => !o && close()} width={300} position="bottom-start" withArrow trapFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={toggle}
          aria-label={`Assign someone to ${roleName}`}
          w="fit-content"
        >
          Assign
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={`Assign someone to ${roleName}`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <SegmentedControl
              size="xs"
              value={kind}
              onChange={(v) => {
                setKind(v as 'person' | 'office');
                setError(null);
              }}
              data={[
                { value: 'person', label: 'A person' },
                { value: 'office', label: 'An office' },
              ]}
            />
            {kind === 'person' ? (
              <PersonSelect
                label="Person"
                clearable={false}
                comboboxProps={{ withinPortal: false }}
                value={personId}
                onChange={(id) => setPersonId(id)}
              />
            ) : (
              <TextInput
                label="Office name"
                placeholder="e.g. Office of Academic Affairs"
                value={office}
                onChange={(e) => setOffice(e.currentTarget.value)}
              />
            )}
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" size="xs" loading={setHolder.isPending}>
                Assign
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
