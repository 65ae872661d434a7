import { Checkbox, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { awardLevelLabels, awardLevels, type AwardType } from '@contract/awards';
import { Controller } from 'react-hook-form';
import { useOperationForm } from '../forms/useOperationForm';
import { useOperationMutation } from '../api/useOperation';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';

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
  const { form, formError, submitWith } = useOperationForm('awards.types.create', {
    defaultValues: {
      name: type?.name ?? '',
      level: type?.level ?? 'department',
      description: type?.description ?? '',
      active: type?.active ?? true,
    },
    fields: formFields,
  });
  const errors = form.formState.errors;
  const submit = submitWith(async (fields) => {
    const saved = type ? await update.mutateAsync({ ...fields, id: type.id }) : await create.mutateAsync(fields);
    notifications.show({ color: 'teal', title: type ? 'Changes saved' : 'Award added', message: saved.name });
    onDone();
  });

  return (
    <FormFrame
      label="Award details"
      onSubmit={submit}
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
    </FormFrame>
  );
}
