import {
  Button,
  Group,
  Menu,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { FormModal } from '../forms/FormModal';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Matrix } from '@contract/matrix';
import {
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconPlus,
  IconRestore,
  IconSearch,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { saveFile } from '../api/saveFile';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { matches } from './gridContext';
import { MatrixGrid } from './MatrixGrid';

/** The role–responsibility matrix, on its own or tracked for one program (?program=ID). */
export function MatrixPage() {
  const [params, setParams] = useSearchParams();
  const programId = Number(params.get('program')) || null;
  const matrix = useOperation('matrix.get', programId ? { programId } : {});
  const programs = useOperation('programs.list', {});
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 120);
  const [roleFilter, setRoleFilter] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [adding, setAdding] = useState<'role' | 'column' | null>(null);
  const reset = useOperationMutation('matrix.reset');
  const exported = useOperationMutation('matrix.export', {
    onSuccess: saveFile,
    onError: (error) => notifications.show({ color: 'red', title: 'Not exported', message: errorMessage(error) }),
  });
  const exporting = exported.isPending ? exported.variables.format : null;
  const exportAs = (format: 'pdf' | 'xlsx') => exported.mutate(programId ? { format, programId } : { format });

  const data = matrix.data;
  const roles = (data?.roles ?? []).filter((r) => roleFilter.length === 0 || roleFilter.includes(String(r.id)));
  const matchCount = data
    ? data.responsibilities.filter((r) => roles.some((role) => role.id === r.roleId) && matches(r.text, debounced))
        .length
    : 0;

  return (
    <Stack gap="md">
      <PageHeader
        title="Matrix"
        description="Who is responsible for what, role by role."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              loading={exporting === 'pdf'}
              onClick={() => exportAs('pdf')}
            >
              Export PDF
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={exporting === 'xlsx'}
              onClick={() => exportAs('xlsx')}
            >
              Export Excel
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button rightSection={<IconChevronDown size={16} />}>Edit matrix</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => setAdding('role')}>
                  Add role
                </Menu.Item>
                <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => setAdding('column')}>
                  Add column
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconRestore size={14} />}
                  onClick={() => data && confirmReset(data, () => reset.mutateAsync({ confirm: true }))}
                >
                  Reset to default…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />

      <Group gap="sm" align="flex-end">
        <Select
          label="Program"
          placeholder="No program: the matrix only"
          clearable
          searchable
          w={280}
          data={(programs.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={programId ? String(programId) : null}
          onChange={(value) => setParams(value ? { program: value } : {})}
        />
        <TextInput
          label="Search responsibilities"
          placeholder="e.g. promotion"
          leftSection={<IconSearch size={16} />}
          w={280}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <MultiSelect
          label="Roles"
          placeholder={roleFilter.length ? undefined : 'All roles'}
          clearable
          w={300}
          data={(data?.roles ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
          value={roleFilter}
          onChange={setRoleFilter}
        />
        {debounced && (
          <Text size="sm" c="dimmed" pb={8} data-testid="matrix-search-summary">
            {matchCount === 1 ? '1 responsibility matches' : `${matchCount} responsibilities match`}
          </Text>
        )}
      </Group>

      <Text size="xs" c="dimmed" mt={-8}>
        Click a responsibility, or press Enter on it, to edit it. Move it by dragging, with Alt + arrow keys, or with
        “Move to…” in its menu.
      </Text>

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      <QueryState query={matrix} failure="The matrix could not be opened">
        {(found) => (
          <>
            <MatrixGrid matrix={found} roles={roles} search={debounced} announce={setAnnouncement} />
            {found.program && <Unowned matrix={found} />}
          </>
        )}
      </QueryState>

      <AddHeadingModal kind={adding} onClose={() => setAdding(null)} />
    </Stack>
  );
}

function Unowned({ matrix }: { matrix: Matrix }) {
  const program = matrix.program!;
  const ids = new Set(program.unownedResponsibilityIds);
  const byRole = matrix.roles
    .map((role) => ({ role, items: matrix.responsibilities.filter((r) => r.roleId === role.id && ids.has(r.id)) }))
    .filter((group) => group.items.length > 0);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Responsibilities with no owner">
      <Title order={2} size="h4">
        Responsibilities with no owner
      </Title>
      {byRole.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          Every responsibility in {program.programName} has someone who holds its role.
        </Text>
      ) : (
        <Stack gap="sm" mt="xs">
          <Text size="sm" c="dimmed">
            Nobody holds these roles in {program.programName} yet. Assign a person or an office beside the role’s name.
          </Text>
          {byRole.map(({ role, items }) => (
            <div key={role.id}>
              <Text size="sm" fw={600}>
                {role.name} ({items.length})
              </Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {items.map((item) => (
                  <li key={item.id}>
                    <Text size="sm">{item.text}</Text>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function confirmReset(matrix: Matrix, run: () => Promise<unknown>) {
  modals.openConfirmModal({
    title: 'Reset the matrix to its default content?',
    children: (
      <Stack gap="xs">
        <Text size="sm">
          The matrix goes back to the framework it started from: 7 roles, 3 columns and their original responsibilities.
        </Text>
        <Text size="sm">
          This will be lost: every edit to the {matrix.responsibilities.length} responsibilities, roles and columns now
          in the matrix, any roles and columns you added, and every program’s role holders and statuses. This cannot be
          undone.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Reset the matrix', cancel: 'Keep my matrix' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      run().then(
        () => {
          notifications.show({ title: 'Matrix reset', message: 'The matrix has its default content again.' });
        },
        (error: unknown) => notifications.show({ color: 'red', title: 'Not reset', message: errorMessage(error) }),
      ),
  });
}

function AddHeadingModal({ kind, onClose }: { kind: 'role' | 'column' | null; onClose: () => void }) {
  return (
    <FormModal opened={kind !== null} onClose={onClose} title={kind === 'role' ? 'Add a role' : 'Add a column'}>
      {kind === 'role' && <AddRoleForm onClose={onClose} />}
      {kind === 'column' && <AddColumnForm onClose={onClose} />}
    </FormModal>
  );
}

/** A new row of the matrix, added as the last one. */
function AddRoleForm({ onClose }: { onClose: () => void }) {
  const addRole = useOperationMutation('matrix.addRole');
  const { form, errors, formError, submitWith } = useOperationForm('matrix.addRole', {
    defaultValues: { name: '' },
    fields: ['name'],
  });
  const submit = submitWith(async (values) => {
    await addRole.mutateAsync(values);
    onClose();
  });
  return (
    <FormFrame
      label="New role"
      onSubmit={submit}
      error={null}
      onCancel={onClose}
      submitLabel="Add role"
      saving={addRole.isPending}
    >
      <TextInput
        label="Role name"
        description="The new role is added as the last row."
        data-autofocus
        maxLength={200}
        error={errors.name?.message ?? formError}
        {...form.register('name')}
      />
    </FormFrame>
  );
}

/** A new column of the matrix, added on the right. */
function AddColumnForm({ onClose }: { onClose: () => void }) {
  const addColumn = useOperationMutation('matrix.addColumn');
  const { form, errors, formError, submitWith } = useOperationForm('matrix.addColumn', {
    defaultValues: { heading: '' },
    fields: ['heading'],
  });
  const submit = submitWith(async (values) => {
    await addColumn.mutateAsync(values);
    onClose();
  });
  return (
    <FormFrame
      label="New column"
      onSubmit={submit}
      error={null}
      onCancel={onClose}
      submitLabel="Add column"
      saving={addColumn.isPending}
    >
      <TextInput
        label="Column heading"
        description="The new column is added on the right."
        data-autofocus
        maxLength={200}
        error={errors.heading?.message ?? formError}
        {...form.register('heading')}
      />
    </FormFrame>
  );
}
