import { notifications } from '@mantine/notifications';
import type { Faculty } from '@contract/faculty';
import { FormDrawer } from '../forms/FormDrawer';
import { FacultyForm } from './FacultyForm';
import { emptyFacultyForm, facultyFormValues } from './facultyFormValues';
import { useOperationMutation } from '../api/useOperation';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The person to edit; without one, the drawer adds someone new. */
  person?: Faculty;
}

/** The add/edit form in a side drawer, so the directory or the person stays in view behind it. */
export function FacultyFormDrawer({ opened, onClose, person }: Props) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={person ? `Edit ${person.name}` : 'Add a person'}>
      {person ? <EditPerson person={person} onDone={onClose} /> : <AddPerson onDone={onClose} />}
    </FormDrawer>
  );
}

function AddPerson({ onDone }: { onDone: () => void }) {
  const create = useOperationMutation('faculty.create');
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
  const update = useOperationMutation('faculty.update');
  return (
    <FacultyForm
      initialValues={facultyFormValues(person)}
      submitLabel="Save changes"
      onCancel={onDone}
      onSubmit={async (fields) => {
        const saved = await update.mutateAsync({ ...fields, id: person.id });
        notifications.show({ color: 'teal', title: 'Changes saved', message: saved.name });
        onDone();
      }}
    />
  );
}
