import { notifications } from '@mantine/notifications';
import { type Mentorship } from '@contract/mentorships';
import { useOperationForm } from '../forms/useOperationForm';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';
import { MentorshipDetailFields } from './MentorshipDetailFields';
import { useOperation, useOperationMutation } from '../api/useOperation';

const formFields = ['programId', 'startDate', 'plannedEnd', 'cadenceDays', 'notes'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  mentorship: Mentorship;
}

/** Edits the details of an existing pair: program, dates, cadence and notes. */
export function EditMentorshipDrawer({ opened, onClose, mentorship }: Props) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title="Edit mentorship details">
      <EditForm m={mentorship} onDone={onClose} />
    </FormDrawer>
  );
}

function EditForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const programs = useOperation('programs.list', {});
  const update = useOperationMutation('mentorships.update');
  const { form, formError, submitWith } = useOperationForm('mentorships.update', {
    defaultValues: {
      id: m.id,
      programId: m.program.id,
      startDate: m.startDate,
      plannedEnd: m.plannedEnd ?? '',
      cadenceDays: m.cadenceDays,
      notes: m.notes ?? '',
    },
    fields: formFields,
  });
  // Closed programs cannot take new pairs, but the pair's own program stays on the list.
  const choices = (programs.data ?? []).filter((p) => p.status !== 'closed' || p.id === m.program.id);
  const programOptions = choices.some((p) => p.id === m.program.id)
    ? choices.map((p) => ({ value: String(p.id), label: p.name }))
    : [
        { value: String(m.program.id), label: m.program.name },
        ...choices.map((p) => ({ value: String(p.id), label: p.name })),
      ];

  const submit = submitWith(async (fields) => {
    const saved = await update.mutateAsync(fields);
    notifications.show({
      color: saved.warnings.length > 0 ? 'yellow' : 'teal',
      title: 'Mentorship saved',
      message: `${saved.mentor.name} with ${saved.mentee.name}`,
    });
    onDone();
  });

  return (
    <FormFrame
      label="Mentorship details"
      onSubmit={submit}
      error={formError}
      submitLabel="Save changes"
      saving={update.isPending}
      onCancel={onDone}
    >
      <MentorshipDetailFields form={form} programOptions={programOptions} />
    </FormFrame>
  );
}
