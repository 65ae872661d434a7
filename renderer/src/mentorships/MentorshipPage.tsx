import { Anchor, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormModal } from '../forms/FormModal';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { raisedByLabels } from '@contract/changeRequests';
import { mentorshipKindLabels, type Mentorship } from '@contract/mentorships';
import { IconCalendarPlus, IconPencil, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { AgreementButton } from '../documents/AgreementButton';
import { formatCount, formatDate } from '../faculty/format';
import { EditMentorshipDrawer } from './EditMentorshipDrawer';
import { LogMeetingForm } from '../meetings/LogMeetingForm';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { RaiseChangeRequestForm } from '../changeRequests/RaiseChangeRequestForm';
import { AnnualReviewForm, reviewOutcomeLabels } from './AnnualReviewForm';
import { EndMentorshipForm } from './EndMentorshipForm';
import { GoalsSection } from './GoalsSection';
import { ChangeRequestStatusBadge, MentorshipStatusBadge, PersonLink, todayIso, WarningList } from '../shell/records';
import { Field, Section } from '../shell/RecordParts';
import { MeetingTable } from '../meetings/MeetingTable';

/** "← Mentorships", shared with the change-request page. */
export function BackToMentorships() {
  return <BackLink to="/mentorships">Mentorships</BackLink>;
}

/** One pair: its status, goals, meetings, annual reviews and change requests. */
export function MentorshipPage() {
  return (
    <RecordPage operation="mentorships.get" noun="mentorship" back={{ to: '/mentorships', label: 'Mentorships' }}>
      {(m) => <MentorshipRecord m={m} />}
    </RecordPage>
  );
}

function MentorshipRecord({ m }: { m: Mentorship }) {
  const title = `${m.mentor.name} with ${m.mentee.name}`;
  useDocumentTitle(`${title} · Trellis`);
  const [logging, logModal] = useDisclosure(false);
  const [ending, endModal] = useDisclosure(false);
  const [reviewing, reviewModal] = useDisclosure(false);
  const [raising, raiseModal] = useDisclosure(false);
  const [editing, editDrawer] = useDisclosure(false);
  const activate = useOperationMutation('mentorships.activate');
  const meetings = useOperation('meetings.list', { mentorshipId: m.id, limit: 20 });
  const today = todayIso();

  const confirmActivate = () =>
    openConfirmModal({
      title: 'Mark this mentorship as active?',
      children: (
        <Text size="sm">
          The pair has agreed to work together. The first annual review is due a year from the start.
        </Text>
      ),
      labels: { confirm: 'Activate', cancel: 'Cancel' },
      onConfirm: () =>
        activate.mutate(
          { id: m.id },
          {
            onSuccess: () => notifications.show({ color: 'teal', title: 'Mentorship active', message: title }),
            onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
          },
        ),
    });

  return (
    <Stack gap="md" maw={960}>
      <BackToMentorships />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {title}
            </Title>
            <MentorshipStatusBadge status={m.status} />
          </Group>
          <Text c="dimmed">
            {mentorshipKindLabels[m.kind]} ·{' '}
            <Anchor component={Link} to={`/mentorships/programs/${m.program.id}`} inherit>
              {m.program.name}
            </Anchor>
          </Text>
        </Stack>
        <Group gap="sm">
          <AgreementButton mentorshipId={m.id} />
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
            Edit details
          </Button>
          {m.status === 'proposed' && (
            <Button
              variant="default"
              leftSection={<IconPlayerPlay size={16} />}
              onClick={confirmActivate}
              loading={activate.isPending}
            >
              Activate
            </Button>
          )}
          {m.status !== 'ended' && (
            <Button variant="default" color="red" leftSection={<IconPlayerStop size={16} />} onClick={endModal.open}>
              End mentorship
            </Button>
          )}
          {m.status === 'active' && (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={logModal.open}>
              Log meeting
            </Button>
          )}
        </Group>
      </Group>

      <WarningList warnings={m.warnings} />

      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={200} withDivider aria-label="Details">
          <Field label="Mentor">
            <PersonLink person={m.mentor} /> · {m.mentor.rank}, {m.mentor.department}
          </Field>
          <Field label="Mentee">
            <PersonLink person={m.mentee} /> · {m.mentee.rank}, {m.mentee.department}
          </Field>
          <Field label="Same department">{m.sameDepartment ? 'Yes' : 'No'}</Field>
          <Field label="Started">{formatDate(m.startDate)}</Field>
          <Field label="Planned end">{m.plannedEnd ? formatDate(m.plannedEnd) : 'Not set'}</Field>
          <Field label="Meets at least every">{formatCount(m.cadenceDays, 'day', 'days')}</Field>
          <Field label="Meetings">
            {m.meetingCount === 0 ? 'None logged yet' : formatCount(m.meetingCount, 'meeting', 'meetings')}
            {m.lastMeetingOn && ` · last on ${formatDate(m.lastMeetingOn)}`}
          </Field>
          {m.meetingDueOn && (
            <Field label="Next meeting due">
              <Text span inherit c={m.meetingDueOn < today ? 'red' : undefined}>
                {formatDate(m.meetingDueOn)}
                {m.meetingDueOn < today ? ' (overdue)' : ''}
              </Text>
            </Field>
          )}
          {m.status === 'ended' && (
            <Field label="Ended">
              {formatDate(m.endedOn)}
              {m.endReason ? ` — ${m.endReason}` : ''}
            </Field>
          )}
          {m.notes && <Field label="Notes (confidential)">{m.notes}</Field>}
        </DataList>
      </Paper>

      <Section
        title="Annual review"
        action={
          m.status === 'active' && (
            <Button size="xs" variant="light" onClick={reviewModal.open}>
              Record annual review
            </Button>
          )
        }
      >
        {m.status === 'active' && m.nextReviewOn && (
          <Text data-testid="next-review">
            Next review: <strong>{formatDate(m.nextReviewOn)}</strong>
            {m.nextReviewOn < today && (
              <Text span c="red" inherit>
                {' '}
                (overdue)
              </Text>
            )}
          </Text>
        )}
        {m.reviews.length === 0 ? (
          <Text size="sm" c="dimmed">
            No review recorded yet. The pair is reconsidered once a year: continue, change or end.
          </Text>
        ) : (
          <Stack gap={4}>
            {m.reviews.map((r) => (
              <Text key={r.id} size="sm">
                {formatDate(r.reviewedOn)} — {reviewOutcomeLabels[r.outcome]}
                {r.note ? ` · ${r.note}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Section>

      <GoalsSection m={m} />

      <Section title="Meetings">
        <QueryState
          query={meetings}
          failure="The meetings could not be loaded"
          empty={
            <Text size="sm" c="dimmed">
              No meetings logged yet.{m.status === 'active' ? ' Use “Log meeting” after the pair meets.' : ''}
            </Text>
          }
        >
          {(found) => <MeetingTable rows={found.rows} showNotes />}
        </QueryState>
      </Section>

      <Section
        title="Change requests"
        action={
          m.status !== 'ended' && (
            <Button size="xs" variant="light" onClick={raiseModal.open}>
              Raise a change request
            </Button>
          )
        }
      >
        {m.changeRequests.length === 0 ? (
          <Text size="sm" c="dimmed">
            None. Either person may ask for a change at any time; requests are honored and kept confidential.
          </Text>
        ) : (
          <Stack gap={6}>
            {m.changeRequests.map((cr) => (
              <Group key={cr.id} gap="sm">
                <Anchor component={Link} to={`/mentorships/change-requests/${cr.id}`}>
                  Raised by {raisedByLabels[cr.raisedBy]} on {formatDate(cr.raisedOn)}
                </Anchor>
                <ChangeRequestStatusBadge request={cr} />
                {cr.newMentorshipId && (
                  <Anchor component={Link} to={`/mentorships/${cr.newMentorshipId}`} size="sm">
                    Open the new mentorship
                  </Anchor>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Section>

      <EditMentorshipDrawer opened={editing} onClose={editDrawer.close} mentorship={m} />
      <FormModal opened={logging} onClose={logModal.close} title="Log a meeting" size="lg">
        {logging && <LogMeetingForm mentorshipId={m.id} onDone={logModal.close} />}
      </FormModal>
      <FormModal opened={ending} onClose={endModal.close} title="End this mentorship?">
        {ending && <EndMentorshipForm m={m} onDone={endModal.close} />}
      </FormModal>
      <FormModal opened={reviewing} onClose={reviewModal.close} title="Record the annual review">
        {reviewing && <AnnualReviewForm m={m} onDone={reviewModal.close} />}
      </FormModal>
      <FormModal opened={raising} onClose={raiseModal.close} title="Raise a change request">
        {raising && <RaiseChangeRequestForm m={m} onDone={raiseModal.close} />}
      </FormModal>
    </Stack>
  );
}
