import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { awardLevelLabels, awardLevels, awardTypeFields, type AwardType } from '@contract/awards';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useOperationMutation } from '../api/useOperation';
import { DrawerForm, FormDrawer } from '../forms/FormDrawer';

type Input = z.input<typeof awardTypeFields>;
type Output = z.output<typeof awardTypeFields>;
const formFields = ['name', 'level', 'description', 'active'] as const;

export function AwardTypeDrawer({ opened, onClose, type }: { opened: boolean; onClose: () => void; type?: AwardType }) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={type ? `Edit ${type.name}` : 'New award'}>
      <AwardTypeForm type={type} onDone={onClose} />
    </FormDrawer>
  );
}

function AwardTypeForm({ type, onDone }: { type?: AwardType; onDone: () => void }) {
  const create = useOperationMutation('awards.types.create');
  const update = useOperationMutation('awards.types.update');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(awardTypeFields),
    defaultValues: {
      name: type?.name ?? '',
      level: type?.level ?? 'department',
      description: type?.description ?? '',
      active: type?.active ?? true,
    },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = type ? await update.mutateAsync({ ...fields, id: type.id }) : await create.mutateAsync(fields);
      notifications.show({ color: 'teal', title: type ? 'Changes saved' : 'Award added', message: saved.name });
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, formFields));
    }
  });

  return (
    <DrawerForm
      label="Award details"
      onSubmit={(e) => void submit(e)}
      error={formError}
      submitLabel={type ? 'Save changes' : 'Add award'}
      saving={form.formState.isSubmitting}
      onCancel={onDone}
    >
      <TextInput
        label="Name"
        required
        autoFocus
        placeholder="e.g. Department Mentoring Award"
        error={errors.name?.message}
        {...form.register('name')}
      />
      <Controller
        control={form.control}
        name="level"
        render={({ field }) => (
          <Select
            label="Level"
            required
            allowDeselect={false}
            data={awardLevels.map((l) => ({ value: l, label: awardLevelLabels[l] }))}
            value={field.value}
            onChange={field.onChange}
            error={errors.level?.message}
          />
        )}
      />
      <Textarea
        label="Description"
        description="What the award recognises, in a sentence or two."
        autosize
        minRows={2}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <Checkbox label="Still awarded (new cycles can be opened)" {...form.register('active')} />
    </DrawerForm>
  );
}
