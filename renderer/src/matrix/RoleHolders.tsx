import { ActionIcon, Button, Group, Popover, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { RoleHolder } from '@contract/matrix';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../api/useOperation';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperationForm } from '../forms/useOperationForm';
import { reportFailure } from './reportFailure';
import { showUndoNotice } from './undoNotice';

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

interface RoleProps {
  programId: number;
  roleId: number;
  roleName: string;
}

function AddHolder({ programId, roleId, roleName }: RoleProps) {
  const [opened, { close, toggle }] = useDisclosure(false);
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
        {opened && <AddHolderForm programId={programId} roleId={roleId} roleName={roleName} onDone={close} />}
      </Popover.Dropdown>
    </Popover>
  );
}

/** A person from the directory, or an office by name, takes the role in this program. */
function AddHolderForm({ programId, roleId, roleName, onDone }: RoleProps & { onDone: () => void }) {
  const [kind, setKind] = useState<'person' | 'office'>('person');
  const setHolder = useOperationMutation('matrix.setHolder');
  const { form, errors, formError, submitWith } = useOperationForm('matrix.setHolder', {
    defaultValues: { programId, roleId, facultyId: null, officeName: '' },
    fields: ['facultyId', 'officeName'],
  });
  const submit = submitWith(async (values) => {
    await setHolder.mutateAsync(values);
    onDone();
  });
  // The core says "one of the two" on the person; it is shown under whichever field is on screen.
  const holderError = errors.facultyId?.message ?? errors.officeName?.message ?? formError;

  return (
    <form aria-label={`Assign someone to ${roleName}`} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => {
            setKind(v as 'person' | 'office');
            // Only the choice on screen is sent: a person or an office, never both.
            form.setValue(v === 'person' ? 'officeName' : 'facultyId', v === 'person' ? '' : null);
            form.clearErrors();
          }}
          data={[
            { value: 'person', label: 'A person' },
            { value: 'office', label: 'An office' },
          ]}
        />
        {kind === 'person' ? (
          <Controller
            control={form.control}
            name="facultyId"
            render={({ field }) => (
              <PersonSelect
                label="Person"
                clearable={false}
                comboboxProps={{ withinPortal: false }}
                value={field.value}
                onChange={(id) => field.onChange(id)}
                error={holderError}
              />
            )}
          />
        ) : (
          <TextInput
            label="Office name"
            placeholder="e.g. Office of Academic Affairs"
            error={holderError}
            {...form.register('officeName')}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={setHolder.isPending}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
