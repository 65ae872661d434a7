import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AwardCycle } from '@contract/awards';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperationForm } from '../forms/useOperationForm';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperationMutation } from '../api/useOperation';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';

const formFields = ['nomineeId', 'nominatorId', 'statement'] as const;

/** A new nomination starts as a draft; letters are uploaded on its page. */
export function NominationDrawer({
  opened,
  onClose,
  cycle,
}: {
  opened: boolean;
  onClose: () => void;
  cycle: AwardCycle;
}) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={`Nominate for the ${cycle.awardType.name} ${cycle.year}`}>
      <NominationForm cycle={cycle} onDone={onClose} />
    </FormDrawer>
  );
}

function NominationForm({ cycle, onDone }: { cycle: AwardCycle; onDone: () => void }) {
  const create = useOperationMutation('awards.nominations.create');
  const navigate = useNavigate();
  const { form, formError, submitWith } = useOperationForm('awards.nominations.create', {
    defaultValues: { cycleId: cycle.id, statement: '', letters: [], submit: false },
    fields: formFields,
  });
  const errors = form.formState.errors;
  const submit = submitWith(async (fields) => {
    const saved = await create.mutateAsync(fields);
    notifications.show({ color: 'teal', title: 'Nomination saved as a draft', message: saved.nominee.name });
    onDone();
    void navigate(`/awards/nominations/${saved.id}`);
  });

  return (
    <FormFrame
      label="Nomination"
      onSubmit={submit}
      error={formError}
      submitLabel={'Save draft'}
      saving={form.formState.isSubmitting}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="nomineeId"
        render={({ field }) => (
          <PersonSelect
            label="Nominee"
            required
            value={field.value}
            onChange={(id) => field.onChange(id ?? undefined)}
            error={errors.nomineeId?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="nominatorId"
        render={({ field }) => (
          <PersonSelect
            label="Nominator"
            required
            value={field.value}
            onChange={(id) => field.onChange(id ?? undefined)}
            error={errors.nominatorId?.message}
          />
        )}
      />
      <Textarea
        label="Nomination statement"
        description="Can be written or pasted later; it is needed before the nomination is submitted."
        autosize
        minRows={6}
        maxRows={16}
        error={errors.statement?.message}
        {...form.register('statement')}
      />
    </FormFrame>
  );
}
