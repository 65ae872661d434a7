import { Alert, Anchor, Badge, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormModal } from '../forms/FormModal';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  changeRequestResolutionLabels,
  changeRequestStatusLabels,
  raisedByLabels,
  type ChangeRequest,
} from '@contract/changeRequests';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { formatDate } from '../faculty/format';
import { BackToMentorships } from '../mentorships/MentorshipPage';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { RecordPage } from '../shell/RecordPage';
import { ResolveChangeRequestForm } from './ResolveChangeRequestForm';
import { capitalize, PersonLink } from '../shell/records';
import { Field } from '../shell/RecordParts';

/** A confidential request to change a pair, and what the office did about it. */
export function ChangeRequestPage() {
  return (
    <RecordPage
      operation="changeRequests.get"
      noun="change request"
      back={{ to: '/mentorships', label: 'Mentorships' }}
    >
      {(cr) => <RequestRecord cr={cr} />}
    </RecordPage>
  );
}

function RequestRecord({ cr }: { cr: ChangeRequest }) {
  useDocumentTitle(`Change request · Trellis`);
  const [resolving, resolveModal] = useDisclosure(false);
  const setStatus = useOperationMutation('changeRequests.setStatus');
  const newMentorship = useOperation(
    'mentorships.get',
    { id: cr.newMentorshipId ?? 0 },
    { enabled: cr.newMentorshipId !== null },
  );

  return (
    <Stack gap="md" maw={880}>
      <BackToMentorships />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              Change request
            </Title>
            <Badge variant="light" color={cr.status === 'resolved' ? 'gray' : 'orange'}>
              {changeRequestStatusLabels[cr.status]}
            </Badge>
          </Group>
          <Text c="dimmed">
            About{' '}
            <Anchor component={Link} to={`/mentorships/${cr.mentorshipId}`} inherit>
              {cr.mentor.name} with {cr.mentee.name}
            </Anchor>{' '}
            · {cr.program.name}
          </Text>
        </Stack>
        {cr.status !== 'resolved' && (
          <Group gap="sm">
            {cr.status === 'open' && (
              <Button
                variant="default"
                loading={setStatus.isPending}
                onClick={() =>
                  setStatus.mutate(
                    { id: cr.id, status: 'in_mediation' },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'teal',
                          title: 'In mediation',
                          message: 'The request is being handled.',
                        }),
                      onError: (e) =>
                        notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
                    },
                  )
                }
              >
                Start mediation
              </Button>
            )}
            <Button onClick={resolveModal.open}>Resolve</Button>
          </Group>
        )}
      </Group>

      {cr.resolution === 'changed' && cr.newMentorshipId && (
        <Alert color="teal" title="Changed to a new pair">
          <Group gap="sm">
            <Text size="sm">
              The old mentorship has ended and{' '}
              {newMentorship.data
                ? `${newMentorship.data.mentor.name} now mentors ${newMentorship.data.mentee.name}`
                : 'a new one has started'}
              .
            </Text>
            <Button
              component={Link}
              to={`/mentorships/${cr.newMentorshipId}`}
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} />}
            >
              Open the new mentorship
            </Button>
          </Group>
        </Alert>
      )}

      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={200} withDivider aria-label="Request">
          <Field label="Mentor">
            <PersonLink person={cr.mentor} />
          </Field>
          <Field label="Mentee">
            <PersonLink person={cr.mentee} />
          </Field>
          <Field label="Asked for by">{capitalize(raisedByLabels[cr.raisedBy])}</Field>
          <Field label="Asked on">{formatDate(cr.raisedOn)}</Field>
          <Field label="Reason (confidential)">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {cr.reason}
            </Text>
          </Field>
          <Field label="Status">{changeRequestStatusLabels[cr.status]}</Field>
          {cr.resolution && <Field label="Outcome">{changeRequestResolutionLabels[cr.resolution]}</Field>}
          {cr.resolutionNote && <Field label="Outcome note (confidential)">{cr.resolutionNote}</Field>}
          <Field label="Handled by">
            {cr.handledBy ?? 'Not yet'}
            {cr.handledAt ? ` · ${formatDate(cr.handledAt)}` : ''}
          </Field>
        </DataList>
      </Paper>

      <FormModal opened={resolving} onClose={resolveModal.close} title="Resolve the change request" size="lg">
        {resolving && <ResolveChangeRequestForm cr={cr} onDone={resolveModal.close} />}
      </FormModal>
    </Stack>
  );
}
