import { Badge, Button, Group, Modal, SegmentedControl, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Attendance, Workshop, WorkshopParticipant } from '@contract/workshops';
import { IconFileSpreadsheet, IconUserPlus, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { PersonLink } from '../../shell/records';
import { Section } from '../../shell/RecordParts';
import { AddParticipantsForm } from './AddParticipantsForm';
import { LinkParticipantForm } from './LinkParticipantForm';
import { SignupImport } from './SignupImport';
import { WalkInForm } from './WalkInForm';

const sourceLabels: Record<WorkshopParticipant['source'], string> = {
  directory: 'Added',
  signup: 'Signed up',
  walk_in: 'Walk-in',
};

const attendanceOptions: { value: Attendance; label: string }[] = [
  { value: 'expected', label: 'Not here' },
  { value: 'present', label: 'Here' },
  { value: 'left', label: 'Left' },
];

/** Who takes part, and on the day who came (check-in), who came late and who left. */
export function ParticipantsSection({ w }: { w: Workshop }) {
  const [adding, addModal] = useDisclosure(false);
  const [walkIn, walkInModal] = useDisclosure(false);
  const [importing, importModal] = useDisclosure(false);
  const [linking, setLinking] = useState<WorkshopParticipant | null>(null);
  const remove = useOperationMutation('workshops.removeParticipant');
  const notSaved = (error: unknown) =>
    notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });

  const confirmRemove = (p: WorkshopParticipant) =>
    openConfirmModal({
      title: `Take ${p.name} off the list?`,
      children: (
        <Text size="sm">
          They are no longer expected at this workshop. Someone who has checked in stays on the list: mark them as
          having left instead.
        </Text>
      ),
      labels: { confirm: 'Take off the list', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { participantId: p.id },
          {
            onSuccess: () => notifications.show({ color: 'teal', title: 'Taken off the list', message: p.name }),
            onError: notSaved,
          },
        ),
    });

  return (
    <Section
      title="Participants"
      action={
        <Group gap="xs">
          <Button size="xs" variant="light" leftSection={<IconUsersPlus size={14} />} onClick={addModal.open}>
            Add from the directory
          </Button>
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} />} onClick={walkInModal.open}>
            Add a walk-in
          </Button>
          <Button size="xs" variant="light" leftSection={<IconFileSpreadsheet size={14} />} onClick={importModal.open}>
            Import sign-up sheet
          </Button>
        </Group>
      }
    >
      {w.participants.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one on the list yet. Add people from the directory (one by one, a peer group, a program’s audience or a
          department), import the sign-up sheet, or add walk-ins on the day.
        </Text>
      ) : (
        <Table aria-label="Participants" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Department</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>On the day</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {w.participants.map((p) => (
              <Table.Tr key={p.id} data-participant-id={p.id}>
                <Table.Td>
                  {p.person ? (
                    <PersonLink person={p.person} />
                  ) : (
                    <Group gap={6}>
                      <Text size="sm">{p.name}</Text>
                      <Badge size="xs" variant="light" color="gray">
                        Not in the directory
                      </Badge>
                      <Button size="compact-xs" variant="subtle" onClick={() => setLinking(p)}>
                        Link to a record
                      </Button>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{p.person?.department ?? p.department ?? '—'}</Table.Td>
                <Table.Td>{sourceLabels[p.source]}</Table.Td>
                <Table.Td>
                  <AttendanceControl p={p} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => confirmRemove(p)}
                    aria-label={`Take ${p.name} off the list`}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={addModal.close} title="Add participants from the directory" size="lg">
        {adding && <AddParticipantsForm w={w} onDone={addModal.close} />}
      </Modal>
      <Modal opened={walkIn} onClose={walkInModal.close} title="Add a walk-in">
        {walkIn && <WalkInForm w={w} onDone={walkInModal.close} />}
      </Modal>
      <Modal opened={importing} onClose={importModal.close} title="Import the sign-up sheet" size="lg">
        {importing && <SignupImport w={w} onDone={importModal.close} />}
      </Modal>
      <Modal opened={linking !== null} onClose={() => setLinking(null)} title="Link to a directory record">
        {linking && <LinkParticipantForm participant={linking} onDone={() => setLinking(null)} />}
      </Modal>
    </Section>
  );
}

/** Check-in: not here yet, here (checked in, late arrivals too), or left during the workshop. */
function AttendanceControl({ p }: { p: WorkshopParticipant }) {
  const set = useOperationMutation('workshops.setAttendance');
  return (
    <SegmentedControl
      size="xs"
      aria-label={`${p.name} on the day`}
      data={attendanceOptions.map((o) => ({
        ...o,
        // Only someone who came can leave.
        disabled: o.value === 'left' && p.attendance === 'expected',
      }))}
      value={p.attendance}
      disabled={set.isPending}
      color={p.attendance === 'present' ? 'teal' : p.attendance === 'left' ? 'gray' : undefined}
      onChange={(value) =>
        set.mutate(
          { participantIds: [p.id], attendance: value as Attendance },
          {
            onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
          },
        )
      }
    />
  );
}
