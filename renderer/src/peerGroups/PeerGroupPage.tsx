import { Anchor, Badge, Button, Checkbox, DataList, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { FormModal } from '../forms/FormModal';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { groupingLabels, groupPhaseLabels, type GroupMember, type PeerGroup } from '@contract/peerGroups';
import { IconCalendarPlus, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { CommitmentFormButton } from '../documents/CommitmentFormButton';
import { formatDate } from '../faculty/format';
import { LogMeetingForm } from '../meetings/LogMeetingForm';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { AddMemberForm } from './AddMemberForm';
import { PersonLink, WarningList } from '../shell/records';
import { PeerGroupFormDrawer } from './PeerGroupFormDrawer';
import { Field, Section } from '../shell/RecordParts';
import { MeetingTable } from '../meetings/MeetingTable';

const backToGroups = { to: '/peer-groups', label: 'Peer Groups' };

export function PeerGroupPage() {
  return (
    <RecordPage operation="peerGroups.get" noun="group" back={backToGroups}>
      {(g) => <GroupRecord g={g} />}
    </RecordPage>
  );
}

function GroupRecord({ g }: { g: PeerGroup }) {
  useDocumentTitle(`${g.name} · Trellis`);
  const [editing, editDrawer] = useDisclosure(false);
  const [adding, addModal] = useDisclosure(false);
  const [logging, logModal] = useDisclosure(false);
  const remove = useOperationMutation('peerGroups.removeMember');
  const meetings = useOperation('meetings.list', { peerGroupId: g.id, limit: 20 });

  const confirmRemove = (member: GroupMember) =>
    openConfirmModal({
      title: `Remove ${member.person.name} from ${g.name}?`,
      children: (
        <Text size="sm">
          They are recorded as having left today. Their past attendance stays in the records, and they can be added
          again later.
        </Text>
      ),
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { groupId: g.id, facultyId: member.person.id },
          {
            onSuccess: () =>
              notifications.show({ color: 'teal', title: 'Member removed', message: member.person.name }),
            onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
          },
        ),
    });

  return (
    <Stack gap="md" maw={960}>
      <BackLink to={backToGroups.to}>{backToGroups.label}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {g.name}
            </Title>
            {g.isFull && (
              <Badge variant="light" color="orange">
                Full
              </Badge>
            )}
            {g.status === 'closed' && (
              <Badge variant="light" color="gray">
                Closed
              </Badge>
            )}
          </Group>
          <Text c="dimmed">
            {g.focus} ·{' '}
            <Anchor component={Link} to={`/mentorships/programs/${g.program.id}`} inherit>
              {g.program.name}
            </Anchor>
          </Text>
        </Stack>
        <Group gap="sm">
          <CommitmentFormButton groupId={g.id} />
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
            Edit
          </Button>
          <Button
            leftSection={<IconCalendarPlus size={16} />}
            onClick={logModal.open}
            disabled={g.members.length === 0}
          >
            Log meeting
          </Button>
        </Group>
      </Group>

      <WarningList warnings={g.warnings} />

      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={200} withDivider aria-label="Group">
          <Field label="Facilitator">
            {g.facilitator ? (
              <>
                <PersonLink person={g.facilitator} /> · {g.facilitator.rank}
              </>
            ) : (
              <Text span c="orange" inherit>
                No facilitator yet
              </Text>
            )}
          </Field>
          <Field label="Structure">
            {g.facilitated ? 'Facilitated' : 'Not facilitated'}
            {g.grouping ? ` · ${groupingLabels[g.grouping]}` : ''}
          </Field>
          <Field label="Phase">{groupPhaseLabels[g.phase]}</Field>
          <Field label="Schedule">
            {g.schedule ?? 'Not set'}
            {g.meetingMinutes ? ` · ${g.meetingMinutes} minutes` : ''}
          </Field>
          <Field label="Started">{formatDate(g.startedOn)}</Field>
          <Field label="Logistics">{g.logistics ?? 'None recorded'}</Field>
          <Field label="Costs">
            {(g.costsCents / 100).toLocaleString(undefined, { style: 'currency', currency: 'USD' })}
          </Field>
        </DataList>
      </Paper>

      <Section
        title={`Members (${g.members.length} of ${g.maxMembers})`}
        action={
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} />} onClick={addModal.open}>
            Add member
          </Button>
        }
      >
        {g.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No members yet. Add up to {g.maxMembers} faculty who have agreed to join.
          </Text>
        ) : (
          <Table aria-label="Members" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Rank</Table.Th>
                <Table.Th>Joined</Table.Th>
                <Table.Th>Agreed to attend</Table.Th>
                <Table.Th>Agreed to confidentiality</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.members.map((m) => (
                <Table.Tr key={m.person.id} data-member-id={m.person.id}>
                  <Table.Td>
                    <PersonLink person={m.person} />
                  </Table.Td>
                  <Table.Td>{m.person.rank}</Table.Td>
                  <Table.Td>{formatDate(m.joinedOn, 'short')}</Table.Td>
                  <Table.Td>
                    <AgreementCheckbox g={g} member={m} agreement="agreedAttendance" />
                  </Table.Td>
                  <Table.Td>
                    <AgreementCheckbox g={g} member={m} agreement="agreedConfidentiality" />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => confirmRemove(m)}
                      aria-label={`Remove ${m.person.name}`}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {g.formerMembers.length > 0 && (
          <Text size="xs" c="dimmed">
            Former members:{' '}
            {g.formerMembers.map((m) => `${m.person.name} (left ${formatDate(m.leftOn, 'short')})`).join(', ')}
          </Text>
        )}
      </Section>

      <Section title="Meetings">
        <QueryState
          query={meetings}
          failure="The meetings could not be loaded"
          empty={
            <Text size="sm" c="dimmed">
              No meetings logged yet. Groups usually meet monthly.
            </Text>
          }
        >
          {(found) => <MeetingTable rows={found.rows} />}
        </QueryState>
      </Section>

      <PeerGroupFormDrawer opened={editing} onClose={editDrawer.close} group={g} />
      <FormModal opened={adding} onClose={addModal.close} title={`Add a member to ${g.name}`}>
        {adding && <AddMemberForm g={g} onDone={addModal.close} />}
      </FormModal>
      <FormModal opened={logging} onClose={logModal.close} title="Log a group meeting" size="lg">
        {logging && (
          <LogMeetingForm
            peerGroupId={g.id}
            members={g.members}
            defaultMinutes={g.meetingMinutes ?? 60}
            onDone={logModal.close}
          />
        )}
      </FormModal>
    </Stack>
  );
}

const agreementWords = {
  agreedAttendance: 'agreed to attend',
  agreedConfidentiality: 'agreed to confidentiality',
} as const;

/** One of a member's agreements, changed in place (peerGroups.updateMember takes both). */
function AgreementCheckbox({
  g,
  member,
  agreement,
}: {
  g: PeerGroup;
  member: GroupMember;
  agreement: keyof typeof agreementWords;
}) {
  const update = useOperationMutation('peerGroups.updateMember');
  const checked = member[agreement];
  return (
    <Checkbox
      size="xs"
      aria-label={`${member.person.name} ${agreementWords[agreement]}`}
      label={
        checked ? (
          'Yes'
        ) : (
          <Text span c="orange" inherit>
            Not yet
          </Text>
        )
      }
      checked={checked}
      disabled={update.isPending}
      onChange={(e) =>
        update.mutate(
          {
            groupId: g.id,
            facultyId: member.person.id,
            agreedAttendance: member.agreedAttendance,
            agreedConfidentiality: member.agreedConfidentiality,
            [agreement]: e.currentTarget.checked,
          },
          {
            onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
          },
        )
      }
    />
  );
}
