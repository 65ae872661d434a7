import {
  Anchor,
  Button,
  DataList,
  Group,
  Modal,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { raisedByLabels, raisedByOptions, type RaisedBy } from '@contract/changeRequests';
import {
  goalStatuses,
  goalStatusLabels,
  mentorshipKindLabels,
  type Goal,
  type GoalStatus,
  type Mentorship,
  type ReviewOutcome,
} from '@contract/mentorships';
import { IconCalendarPlus, IconPencil, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { AgreementButton } from '../documents/AgreementButton';
import { formatCount, formatDate } from '../faculty/format';
import { EditMentorshipDrawer } from './EditMentorshipDrawer';
import { LogMeetingForm } from '../meetings/LogMeetingForm';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { fieldErrorsOf, FormAlert, FormFooter } from '../forms/FormParts';
import {
  capitalize,
  ChangeRequestStatusBadge,
  MentorshipStatusBadge,
  PersonLink,
  todayIso,
  WarningList,
} from '../shell/records';
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

      <Goals m={m} />

      <Section title="Meetings">
        {meetings.data && meetings.data.total > 0 ? (
          <MeetingTable rows={meetings.data.rows} showNotes />
        ) : (
          <Text size="sm" c="dimmed">
            No meetings logged yet.{m.status === 'active' ? ' Use “Log meeting” after the pair meets.' : ''}
          </Text>
        )}
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
      <Modal opened={logging} onClose={logModal.close} title="Log a meeting" size="lg">
        {logging && <LogMeetingForm mentorshipId={m.id} onDone={logModal.close} />}
      </Modal>
      <Modal opened={ending} onClose={endModal.close} title="End this mentorship?">
        {ending && <EndForm m={m} onDone={endModal.close} />}
      </Modal>
      <Modal opened={reviewing} onClose={reviewModal.close} title="Record the annual review">
        {reviewing && <ReviewForm m={m} onDone={reviewModal.close} />}
      </Modal>
      <Modal opened={raising} onClose={raiseModal.close} title="Raise a change request">
        {raising && <RaiseForm m={m} onDone={raiseModal.close} />}
      </Modal>
    </Stack>
  );
}

const reviewOutcomeLabels: Record<ReviewOutcome, string> = {
  continue: 'Continue as it is',
  change: 'Change (opens a change request)',
  end: 'End the mentorship',
};

function EndForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const end = useOperationMutation('mentorships.end');
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(end.error);
  return (
    <form
      noValidate
      aria-label="End the mentorship"
      onSubmit={(e) => {
        e.preventDefault();
        end.mutate(
          { id: m.id, endedOn, reason },
          {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                title: 'Mentorship ended',
                message: `${m.mentor.name} with ${m.mentee.name}`,
              });
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          The pair stays in the records with its meetings and reviews, marked as ended. This cannot be undone; a new
          mentorship can be added later.
        </Text>
        <FormAlert error={end.error} />
        <TextInput
          type="date"
          label="Ended on"
          required
          value={endedOn}
          onChange={(e) => setEndedOn(e.currentTarget.value)}
          error={errors.endedOn}
        />
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
        <FormFooter onCancel={onDone} submitLabel="End mentorship" saving={end.isPending} color="red" />
      </Stack>
    </form>
  );
}

function ReviewForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const record = useOperationMutation('mentorships.recordReview');
  const navigate = useNavigate();
  const [reviewedOn, setReviewedOn] = useState(todayIso());
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>('');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(record.error);
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  return (
    <form
      noValidate
      aria-label="Annual review"
      onSubmit={(e) => {
        e.preventDefault();
        if (!outcome) {
          setOutcomeMissing(true);
          return;
        }
        record.mutate(
          { id: m.id, reviewedOn, outcome, note },
          {
            onSuccess: (result) => {
              const next = result.mentorship.nextReviewOn;
              notifications.show({
                color: 'teal',
                title: 'Review recorded',
                message: next ? `Next review: ${formatDate(next)}` : reviewOutcomeLabels[outcome],
              });
              onDone();
              if (result.changeRequestId) void navigate(`/mentorships/change-requests/${result.changeRequestId}`);
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <FormAlert error={record.error} />
        <TextInput
          type="date"
          label="Reviewed on"
          required
          value={reviewedOn}
          onChange={(e) => setReviewedOn(e.currentTarget.value)}
          error={errors.reviewedOn}
        />
        <Radio.Group
          label="Outcome"
          required
          value={outcome}
          onChange={(v) => {
            setOutcome(v as ReviewOutcome);
            setOutcomeMissing(false);
          }}
          error={errors.outcome ?? (outcomeMissing ? 'Choose continue, change or end.' : undefined)}
        >
          <Stack gap={6} mt="xs">
            <Radio value="continue" label="Continue — the next review is a year from now" />
            <Radio value="change" label="Change — opens a change request for the office" />
            <Radio value="end" label="End — the mentorship ends today" />
          </Stack>
        </Radio.Group>
        <Textarea
          label="Note"
          description="Confidential."
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormFooter onCancel={onDone} submitLabel="Record review" saving={record.isPending} />
      </Stack>
    </form>
  );
}

function RaiseForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const create = useOperationMutation('changeRequests.create');
  const navigate = useNavigate();
  const [raisedBy, setRaisedBy] = useState<RaisedBy | null>(null);
  const [raisedOn, setRaisedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(create.error);
  return (
    <form
      noValidate
      aria-label="Change request"
      onSubmit={(e) => {
        e.preventDefault();
        if (!raisedBy) {
          setMissing(true);
          return;
        }
        create.mutate(
          { mentorshipId: m.id, raisedBy, raisedOn, reason },
          {
            onSuccess: (request) => {
              notifications.show({
                color: 'teal',
                title: 'Change request raised',
                message: `${m.mentor.name} with ${m.mentee.name}`,
              });
              onDone();
              void navigate(`/mentorships/change-requests/${request.id}`);
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <FormAlert error={create.error} />
        <Select
          label="Asked for by"
          required
          allowDeselect={false}
          placeholder="Choose who asked"
          data={raisedByOptions.map((r) => ({ value: r, label: capitalize(raisedByLabels[r]) }))}
          value={raisedBy}
          onChange={(v) => {
            setRaisedBy(v as RaisedBy);
            setMissing(false);
          }}
          error={errors.raisedBy ?? (missing ? 'Choose who asked for the change.' : undefined)}
        />
        <TextInput
          type="date"
          label="Asked on"
          required
          value={raisedOn}
          onChange={(e) => setRaisedOn(e.currentTarget.value)}
          error={errors.raisedOn}
        />
        <Textarea
          label="Reason"
          description="Confidential: seen only on this request."
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
        <FormFooter onCancel={onDone} submitLabel="Raise request" saving={create.isPending} />
      </Stack>
    </form>
  );
}

function Goals({ m }: { m: Mentorship }) {
  const add = useOperationMutation('mentorships.addGoal');
  const update = useOperationMutation('mentorships.updateGoal');
  const [text, setText] = useState('');
  const errors = fieldErrorsOf(add.error);
  return (
    <Section title="Goals">
      {m.goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No goals yet. Add the mentee’s goals from their individual career plan, one at a time.
        </Text>
      ) : (
        <Stack gap={6}>
          {m.goals.map((goal) => (
            <Group key={goal.id} justify="space-between" wrap="nowrap">
              <GoalText goal={goal} />
              <Select
                aria-label={`Status of ${goal.text}`}
                size="xs"
                w={160}
                allowDeselect={false}
                data={goalStatuses.map((s) => ({ value: s, label: goalStatusLabels[s] }))}
                value={goal.status}
                onChange={(v) =>
                  update.mutate(
                    { id: goal.id, status: v as GoalStatus },
                    {
                      onError: (e) =>
                        notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
                    },
                  )
                }
              />
            </Group>
          ))}
        </Stack>
      )}
      <form
        noValidate
        aria-label="Add a goal"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ mentorshipId: m.id, text }, { onSuccess: () => setText('') });
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            aria-label="New goal"
            placeholder="e.g. Submit a first R01 application"
            flex={1}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
          />
          <Button type="submit" variant="default" loading={add.isPending}>
            Add goal
          </Button>
        </Group>
      </form>
    </Section>
  );
}

/** A goal's words, reworded in place: "Reword" swaps the text for a field; Enter saves, Escape cancels. */
function GoalText({ goal }: { goal: Goal }) {
  const update = useOperationMutation('mentorships.updateGoal');
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <Group gap="xs" wrap="nowrap" flex={1}>
        <Text size="sm" td={goal.status === 'set_aside' ? 'line-through' : undefined}>
          {goal.text}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={`Reword ${goal.text}`}
          onClick={() => {
            update.reset();
            setDraft(goal.text);
          }}
        >
          Reword
        </Button>
      </Group>
    );
  }
  const cancel = () => {
    update.reset();
    setDraft(null);
  };
  return (
    <form
      noValidate
      aria-label={`Reword ${goal.text}`}
      style={{ flex: 1 }}
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ id: goal.id, text: draft }, { onSuccess: () => setDraft(null) });
      }}
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          aria-label="Goal"
          size="xs"
          flex={1}
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
          error={fieldErrorsOf(update.error).text ?? (update.error ? errorMessage(update.error) : undefined)}
        />
        <Button type="submit" size="xs" loading={update.isPending}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={cancel}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
