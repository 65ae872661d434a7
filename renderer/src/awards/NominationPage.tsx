import { Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { nominationStatusLabels, type Nomination, type NominationStatus } from '@contract/awards';
import { IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { formatDate } from '../faculty/format';
import { Section } from '../shell/RecordParts';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperationMutation } from '../api/useOperation';
import { FormAlert } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { Controller } from 'react-hook-form';
import { PersonLink } from '../shell/records';
import { PageHeader } from '../shell/PageHeader';
import { CommentsPanel } from './CommentsPanel';
import { backToAwards } from './CyclePage';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { AwardWarnings, NominationStatusBadge } from './labels';
import { LettersPanel } from './LettersPanel';
import { PacketButton } from './packets/PacketButton';

const order: Record<NominationStatus, number> = {
  draft: 0,
  submitted: 1,
  under_review: 2,
  selected: 3,
  not_selected: 3,
};

/** Words on the buttons that move a nomination on, or back (a quieter button). */
function moveLabel(from: NominationStatus, to: NominationStatus): string {
  if (to === 'draft') return 'Return to draft';
  if (to === 'submitted') return from === 'draft' ? 'Submit' : 'Back to submitted';
  if (to === 'under_review') return from === 'submitted' ? 'Start review' : 'Reopen review';
  return to === 'selected' ? 'Mark selected' : 'Mark not selected';
}

export function NominationPage() {
  return (
    <RecordPage operation="awards.nominations.get" noun="nomination" back={backToAwards}>
      {(n) => <NominationView n={n} />}
    </RecordPage>
  );
}

function NominationView({ n }: { n: Nomination }) {
  const editable = n.status === 'draft' || n.status === 'submitted';
  return (
    <Stack gap="lg">
      <BackLink to={backToAwards.to}>{backToAwards.label}</BackLink>
      <Anchor component={Link} to={`/awards/cycles/${n.cycle.id}`} size="sm">
        {n.cycle.awardType.name} {n.cycle.year}
      </Anchor>
      <PageHeader
        title={`Nomination of ${n.nominee.name}`}
        description={
          <Group gap="xs">
            <NominationStatusBadge status={n.status} />
            <Text size="sm" c="dimmed">
              {n.nominee.rank}, {n.nominee.department} · nominated by <PersonLink person={n.nominator} />
              {n.submittedOn && ` · submitted ${formatDate(n.submittedOn)}`}
              {n.decidedOn && ` · decided ${formatDate(n.decidedOn)}`}
            </Text>
          </Group>
        }
        actions={<StatusActions n={n} />}
      />
      <AwardWarnings warnings={n.warnings} title="Please check" />
      <StatementEditor n={n} editable={editable} />
      <LettersPanel n={n} editable={editable} />
      <CommentsPanel nominationId={n.id} />
    </Stack>
  );
}

function StatusActions({ n }: { n: Nomination }) {
  const setStatus = useOperationMutation('awards.nominations.setStatus');
  const remove = useOperationMutation('awards.nominations.delete');
  const navigate = useNavigate();
  const move = async (status: NominationStatus) => {
    try {
      await setStatus.mutateAsync({ id: n.id, status });
      notifications.show({ color: 'teal', title: 'Status changed', message: nominationStatusLabels[status] });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Status not changed', message: errorMessage(error) });
    }
  };
  const confirmDelete = () =>
    openConfirmModal({
      title: `Delete the draft nomination of ${n.nominee.name}?`,
      children: (
        <Text size="sm">
          The statement, {n.letters.length === 1 ? 'the letter' : `all ${n.letters.length} letters`} and the chosen
          comments are deleted with it. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete draft', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await remove.mutateAsync({ id: n.id });
          notifications.show({ color: 'teal', title: 'Draft deleted', message: n.nominee.name });
          void navigate(`/awards/cycles/${n.cycle.id}`);
        } catch (error) {
          notifications.show({ color: 'red', title: 'Not deleted', message: errorMessage(error) });
        }
      },
    });
  return (
    <>
      <PacketButton nominationId={n.id} nominee={n.nominee.name} />
      {n.nextStatuses.map((status) => (
        <Button
          key={status}
          variant={order[status] > order[n.status] ? 'filled' : 'default'}
          loading={setStatus.isPending && setStatus.variables?.status === status}
          onClick={() => void move(status)}
        >
          {moveLabel(n.status, status)}
        </Button>
      ))}
      {n.status === 'draft' && (
        <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
          Delete draft
        </Button>
      )}
    </>
  );
}

function StatementEditor({ n, editable }: { n: Nomination; editable: boolean }) {
  const update = useOperationMutation('awards.nominations.update');
  const { form, errors, formError, submitWith } = useOperationForm('awards.nominations.update', {
    defaultValues: { id: n.id, nominatorId: n.nominator.id, statement: n.statement },
    fields: ['nominatorId', 'statement'],
  });
  const save = submitWith(async (values) => {
    await update.mutateAsync(values);
    // What was saved is now the starting point: Save waits for the next change.
    form.reset(values);
    notifications.show({ color: 'teal', title: 'Changes saved', message: n.nominee.name });
  });
  return (
    <Section
      title="Nominator and statement"
      action={
        editable && (
          <Button size="xs" disabled={!form.formState.isDirty} loading={update.isPending} onClick={save}>
            Save changes
          </Button>
        )
      }
    >
      <FormAlert message={formError} />
      {editable && (
        <Controller
          control={form.control}
          name="nominatorId"
          render={({ field }) => (
            <PersonSelect
              label="Nominator"
              initial={n.nominator}
              value={field.value}
              onChange={(id) => field.onChange(id ?? undefined)}
              error={errors.nominatorId?.message}
              maw={420}
            />
          )}
        />
      )}
      <Textarea
        aria-label="Nomination statement"
        autosize
        minRows={6}
        maxRows={20}
        readOnly={!editable}
        placeholder="Write or paste the nominator's statement."
        description={editable ? undefined : 'The committee has this nomination, so the statement stays as submitted.'}
        error={errors.statement?.message}
        {...form.register('statement')}
      />
    </Section>
  );
}
