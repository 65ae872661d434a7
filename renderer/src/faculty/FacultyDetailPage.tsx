import { Anchor, Badge, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Faculty } from '@contract/faculty';
import { IconArrowLeft, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { ServiceLetterButton } from '../documents/ServiceLetterButton';
import { PersonExpectations } from '../matrix/PersonExpectations';
import { PersonSuggestions } from '../matching/PersonSuggestions';
import { PersonMatchingProfile } from '../matching/profile/PersonMatchingProfile';
import type { DirectoryLinkState } from './directoryColumns';
import { FacultyFormDrawer } from './FacultyFormDrawer';
import { PersonMentoring } from './PersonMentoring';
import { careerStageText, formatDate, formatMoment, yearsInAppointment } from './format';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { Failed, QueryState } from '../shell/QueryState';
import { Field } from '../shell/RecordParts';

/** One person's record, with Edit and Deactivate/Reactivate. */
export function FacultyDetailPage() {
  const id = Number(useParams().id);
  const isValidId = Number.isSafeInteger(id) && id > 0;
  const person = useOperation('faculty.get', { id }, { enabled: isValidId });
  const location = useLocation();
  const directorySearch = (location.state as DirectoryLinkState | null)?.directorySearch ?? '';

  const back = (
    <Anchor component={Link} to={`/faculty${directorySearch}`} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        Faculty directory
      </Group>
    </Anchor>
  );

  const failure = 'This record could not be opened';
  if (!isValidId) return <Failed title={failure} message="That person is not in the directory." action={back} />;
  return (
    <QueryState query={person} failure={failure} failureAction={back}>
      {(found) => <PersonRecord person={found} back={back} />}
    </QueryState>
  );
}

function PersonRecord({ person, back }: { person: Faculty; back: ReactNode }) {
  useDocumentTitle(`${person.name} · Trellis`);
  const [editing, editDrawer] = useDisclosure(false);
  const setActive = useOperationMutation('faculty.setActive');

  const confirmActiveChange = () =>
    openConfirmModal({
      title: person.active ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`,
      children: (
        <Text size="sm">
          {person.active
            ? 'They will no longer appear among active faculty. Nothing is deleted, and you can reactivate them at any time.'
            : 'They will appear among active faculty again.'}
        </Text>
      ),
      labels: { confirm: person.active ? 'Deactivate' : 'Reactivate', cancel: 'Cancel' },
      confirmProps: person.active ? { color: 'red' } : {},
      onConfirm: () =>
        setActive.mutate(
          { id: person.id, active: !person.active },
          {
            onSuccess: (saved) =>
              notifications.show({
                color: 'teal',
                title: saved.active ? 'Reactivated' : 'Deactivated',
                message: saved.name,
              }),
            onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
          },
        ),
    });

  return (
    <Stack gap="md" maw={960}>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {person.name}
            </Title>
            <Badge variant="light" color={person.active ? 'teal' : 'gray'}>
              {person.active ? 'Active' : 'Inactive'}
            </Badge>
          </Group>
          <Text c="dimmed">
            {person.rank} · {person.department}
            {person.division ? ` · ${person.division}` : ''}
          </Text>
        </Stack>
        <Group gap="sm">
          <ServiceLetterButton facultyId={person.id} name={person.name} />
          <Button
            variant="default"
            color={person.active ? 'red' : undefined}
            leftSection={person.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
            loading={setActive.isPending}
            onClick={confirmActiveChange}
          >
            {person.active ? 'Deactivate' : 'Reactivate'}
          </Button>
          <Button leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
            Edit
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={180} withDivider aria-label="Details">
          <Field label="Email">{person.email}</Field>
          <Field label="Employee ID">{person.employeeId ?? <NotRecorded />}</Field>
          <Field label="Department">{person.department}</Field>
          <Field label="Division">{person.division ?? <NotRecorded />}</Field>
          <Field label="Rank">{person.rank}</Field>
          <Field label="Line or track">{person.track ?? <NotRecorded />}</Field>
          <Field label="Appointment start">
            {person.appointmentStart ? (
              `${formatDate(person.appointmentStart)} (${yearsInAppointment(person.appointmentStart)})`
            ) : (
              <NotRecorded />
            )}
          </Field>
          <Field label="Career stage">
            {careerStageText(person)}{' '}
            <Text span c="dimmed" inherit>
              {person.careerStageSet ? '(chosen by staff)' : '(from rank and years)'}
            </Text>
          </Field>
          <Field label="Interests">
            {person.interests.length > 0 ? (
              <Group gap={6}>
                {person.interests.map((interest) => (
                  <Badge key={interest} variant="light" color="gray" tt="none">
                    {interest}
                  </Badge>
                ))}
              </Group>
            ) : (
              <NotRecorded />
            )}
          </Field>
          <Field label="First-time leader">{person.firstTimeLeader ? 'Yes' : 'No'}</Field>
        </DataList>
      </Paper>
      <Text size="xs" c="dimmed">
        Added {formatMoment(person.createdAt)} · Last changed {formatMoment(person.updatedAt)}
      </Text>

      <PersonMentoring facultyId={person.id} />
      <PersonSuggestions person={person} />
      <PersonMatchingProfile person={person} />
      <PersonExpectations facultyId={person.id} />

      <FacultyFormDrawer opened={editing} onClose={editDrawer.close} person={person} />
    </Stack>
  );
}

function NotRecorded() {
  return (
    <Text span c="dimmed" inherit>
      Not recorded
    </Text>
  );
}
