import { ActionIcon, Group, Menu, UnstyledButton } from '@mantine/core';
import type { MatrixColumn, MatrixRole } from '@contract/matrix';
import { IconArrowDown, IconArrowLeft, IconArrowRight, IconArrowUp, IconDots, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useOperationMutation } from '../api/useOperation';
import { useGrid } from './gridContext';
import { InlineTextEditor } from './InlineTextEditor';
import classes from './Matrix.module.css';
import { ProgressSummary } from './ProgressSummary';
import { reportFailure } from './reportFailure';
import { RoleHolders } from './RoleHolders';

/** A column's heading: renamed in place, moved left or right from its menu, with the program's progress under it. */
export function ColumnHeader({ column, index }: { column: MatrixColumn; index: number }) {
  const { matrix } = useGrid();
  const [editing, setEditing] = useState(false);
  const rename = useOperationMutation('matrix.renameColumn');
  const move = useOperationMutation('matrix.moveColumn');
  const last = matrix.columns.length - 1;
  return (
    <th scope="col" aria-label={column.heading}>
      {editing ? (
        <InlineTextEditor
          label="Column heading"
          initial={column.heading}
          emptyMessage="Enter the column heading."
          maxLength={200}
          onSave={(heading) => rename.mutateAsync({ id: column.id, heading })}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
          <UnstyledButton onClick={() => setEditing(true)} fw={600} fz="sm" title="Click to rename">
            {column.heading}
          </UnstyledButton>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Column actions for ${column.heading}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                Rename column
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowLeft size={14} />}
                disabled={index === 0}
                onClick={() => move.mutate({ id: column.id, position: index - 1 }, reportFailure('Column not moved'))}
              >
                Move column left
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowRight size={14} />}
                disabled={index === last}
                onClick={() => move.mutate({ id: column.id, position: index + 1 }, reportFailure('Column not moved'))}
              >
                Move column right
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
      {matrix.program && <ProgressSummary count={matrix.program.progressByColumn[column.id]} label={column.heading} />}
    </th>
  );
}

/** A role's name at the start of its row: renamed in place, moved up or down, with who holds it in the program. */
export function RoleHeader({ role }: { role: MatrixRole }) {
  const { matrix } = useGrid();
  const [editing, setEditing] = useState(false);
  const rename = useOperationMutation('matrix.renameRole');
  const move = useOperationMutation('matrix.moveRole');
  const index = matrix.roles.findIndex((r) => r.id === role.id);
  const program = matrix.program;
  return (
    <th scope="row" className={classes.rowHeader} aria-label={role.name}>
      {editing ? (
        <InlineTextEditor
          label="Role name"
          initial={role.name}
          emptyMessage="Enter the role name."
          maxLength={200}
          onSave={(name) => rename.mutateAsync({ id: role.id, name })}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
          <UnstyledButton onClick={() => setEditing(true)} fw={600} fz="sm" title="Click to rename">
            {role.name}
          </UnstyledButton>
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Role actions for ${role.name}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                Rename role
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowUp size={14} />}
                disabled={index === 0}
                onClick={() => move.mutate({ id: role.id, position: index - 1 }, reportFailure('Role not moved'))}
              >
                Move role up
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowDown size={14} />}
                disabled={index === matrix.roles.length - 1}
                onClick={() => move.mutate({ id: role.id, position: index + 1 }, reportFailure('Role not moved'))}
              >
                Move role down
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
      {program && (
        <>
          <RoleHolders
            programId={program.programId}
            roleId={role.id}
            roleName={role.name}
            holders={program.holders.filter((h) => h.roleId === role.id)}
          />
          <ProgressSummary count={program.progressByRole[role.id]} label={role.name} />
        </>
      )}
    </th>
  );
}
