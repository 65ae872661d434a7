import { zodResolver } from '@hookform/resolvers/zod';
import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { nominationCreateInput, type AwardCycle } from '@contract/awards';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperationMutation } from '../api/useOperation';
import { DrawerForm, FormDrawer } from '../forms/FormDrawer';

type Input = z.input<typeof nominationCreateInput>;
type Output = z.output<typeof nominationCreateInput>;
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
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(nominationCreateInput),
    defaultValues: { cycleId: cycle.id, statement: '', letters: [], submit: false },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = await create.mutateAsync(fields);
      notifications.show({ color: 'teal', title: 'Nomination saved as a draft', message: saved.nominee.name });
      onDone();
      void navigate(`/awards/nominations/${saved.id}`);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, formFields));
    }
  });

  return (
    <DrawerForm
      label="Nomination"
      onSubmit={(e) => void submit(e)}
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
    </DrawerForm>
  );
}
