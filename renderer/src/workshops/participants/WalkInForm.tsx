import { Checkbox, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Workshop } from '@contract/workshops';
import { useOperationMutation } from '../../api/useOperation';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/**
 * Someone who came without signing up. An email the directory knows makes
 * them that person; otherwise their name is kept, to be linked to a
 * directory record later.
 */
export function WalkInForm({ w, onDone }: { w: Workshop; onDone: () => void }) {
  const add = useOperationMutation('workshops.addWalkIn');
  const { form, errors, formError, submitWith } = useOperationForm('workshops.addWalkIn', {
    defaultValues: { workshopId: w.id, name: '', email: '', department: '', checkIn: true },
    fields: ['name', 'email', 'department'],
  });
  const submit = submitWith(async (values) => {
    await add.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Walk-in added', message: values.name });
    onDone();
  });
  return (
    <FormFrame
      label="Walk-in"
      onSubmit={submit}
      error={formError}
      submitLabel="Add walk-in"
      saving={add.isPending}
      onCancel={onDone}
    >
      <TextInput label="Name" required autoFocus error={errors.name?.message} {...form.register('name')} />
      <TextInput
        label="Email"
        description="If the directory knows it, they are added as that person."
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextInput label="Department" error={errors.department?.message} {...form.register('department')} />
      <Checkbox label="Here now (check in)" {...form.register('checkIn')} />
    </FormFrame>
  );
}
