import {
  Alert,
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  changeRequestResolutionLabels,
  changeRequestStatusLabels,
  raisedByLabels,
  type ChangeRequest,
  type ChangeRequestResolution,
} from '@contract/changeRequests';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { formatDate } from '../faculty/format';
import { BackToMentorships } from '../mentorships/MentorshipPage';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { RecordPage } from '../shell/RecordPage';
import { fieldErrorsOf, FormAlert, FormFooter } from '../forms/FormParts';
import { capitalize, PersonLink, todayIso } from '../shell/records';
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

      <Modal opened={resolving} onClose={resolveModal.close} title="Resolve the change request" size="lg">
        {resolving && <ResolveForm cr={cr} onDone={resolveModal.close} />}
      </Modal>
    </Stack>
  );
}

function ResolveForm({ cr, onDone }: { cr: ChangeRequest; onDone: () => void }) {
  const resolve = useOperationMutation('changeRequests.resolve');
  const [resolution, setResolution] = useState<ChangeRequestResolution | ''>('');
  const [newMentorId, setNewMentorId] = useState<number | null>(null);
  const [resolvedOn, setResolvedOn] = useState(todayIso());
  const [handledBy, setHandledBy] = useState(cr.handledBy ?? '');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const errors = fieldErrorsOf(resolve.error);

  return (
    <form
      noValidate
      aria-label="Resolve"
      onSubmit={(e) => {
        e.preventDefault();
        if (!resolution) return setMissing('Choose changed, kept or ended.');
        if (resolution === 'changed' && !newMentorId) return setMissing('Choose the new mentor for this change.');
        resolve.mutate(
          {
            id: cr.id,
            resolution,
            resolvedOn,
            handledBy,
            note,
            newMentorId: resolution === 'changed' ? (newMentorId ?? undefined) : undefined,
          },
          {
            onSuccess: (result) => {
              notifications.show({
                color: 'teal',
                title: 'Request resolved',
                message: result.newMentorship
                  ? `${result.newMentorship.mentor.name} now mentors ${result.newMentorship.mentee.name}.`
                  : changeRequestResolutionLabels[resolution],
              });
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <FormAlert error={resolve.error} />
        <Radio.Group
          label="Outcome"
          required
          value={resolution}
          onChange={(v) => {
            setResolution(v as ChangeRequestResolution);
            setMissing(null);
          }}
          error={errors.resolution ?? (missing && !resolution ? missing : undefined)}
        >
          <Stack gap={6} mt="xs">
            <Radio
              value="changed"
              label={`Change the mentor — ends this pair and starts ${cr.mentee.name} with a new mentor`}
            />
            <Radio value="kept" label="Keep the pair as it is" />
            <Radio value="ended" label="End the mentorship" />
          </Stack>
        </Radio.Group>
        {resolution === 'changed' && (
          <PersonSelect
            label="New mentor"
            required
            value={newMentorId}
            onChange={(id) => {
              setNewMentorId(id);
              setMissing(null);
            }}
            error={errors.newMentorId ?? (missing && !newMentorId ? missing : undefined)}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label="Resolved on"
            required
            value={resolvedOn}
            onChange={(e) => setResolvedOn(e.currentTarget.value)}
            error={errors.resolvedOn}
          />
          <TextInput
            label="Handled by"
            placeholder="e.g. Vice Chair for Faculty Development"
            value={handledBy}
            onChange={(e) => setHandledBy(e.currentTarget.value)}
            error={errors.handledBy}
          />
        </Group>
        <Textarea
          label="Note"
          description="Confidential."
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormFooter onCancel={onDone} submitLabel="Resolve request" saving={resolve.isPending} />
      </Stack>
    </form>
  );
}
