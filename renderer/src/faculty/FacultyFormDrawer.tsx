import { Drawer } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Faculty } from '@core/faculty/contract';
import { FacultyForm } from './FacultyForm';
import { emptyFacultyForm, facultyFormValues } from './facultyFormValues';
import { useCreateFaculty, useUpdateFaculty } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The person to edit; without one, the drawer adds someone new. */
  person?: Faculty;
}

/** The add/edit form in a side drawer, so the directory or the person stays in view behind it. */
export function FacultyFormDrawer({ opened, onClose, person }: Props) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={640}
      title={person ? `Edit ${person.name}` : 'Add a person'}
      closeButtonProps={{ 'aria-label': 'Close' }}
      // A stray click beside the form must not throw away what was typed; Escape and Cancel still close it.
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* Mounted only while open, so each opening starts from fresh values. */}
      {opened && (person ? <EditPerson person={person} onDone={onClose} /> : <AddPerson onDone={onClose} />)}
    </Drawer>
  );
}

function AddPerson({ onDone }: { onDone: () => void }) {
  const create = useCreateFaculty();
  return (
    <FacultyForm
      initialValues={emptyFacultyForm()}
      submitLabel="Add person"
      onCancel={onDone}
      onSubmit={async (fields) => {
        const added = await create.mutateAsync(fields);
        notifications.show({ color: 'teal', title: 'Added to the directory', message: added.name });
        onDone();
      }}
    />
  );
}

function EditPerson({ person, onDone }: { person: Faculty; onDone: () => void }) {
  const update = useUpdateFaculty(person.id);
  return (
    <FacultyForm
      initialValues={facultyFormValues(person)}
      submitLabel="Save changes"
      onCancel={onDone}
      onSubmit={async (fields) => {
        const saved = await update.mutateAsync(fields);
        notifications.show({ color: 'teal', title: 'Changes saved', message: saved.name });
        onDone();
      }}
    />
  );
}
