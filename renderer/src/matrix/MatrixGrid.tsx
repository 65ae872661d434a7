import { ActionIcon, Button, Group, Highlight, Menu, Modal, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Matrix, MatrixColumn, MatrixRole, Responsibility } from '@contract/matrix';
import {
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowUp,
  IconArrowsMove,
  IconDots,
  IconGripVertical,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { createContext, useContext, useEffect, useRef, useState, type DragEvent } from 'react';
import { InlineTextEditor } from './InlineTextEditor';
import classes from './Matrix.module.css';
import { ProgressSummary, RoleHolders, StatusControl } from './ProgramControls';
import { useOperationMutation } from '../api/useOperation';
import { reportFailure } from './reportFailure';
import { showUndoNotice } from './undoNotice';

const dragType = 'application/x-trellis-responsibility';

interface GridContext {
  matrix: Matrix;
  search: string;
  /** The responsibility to focus once it has been drawn in its new place. */
  focusAfterMoveRef: React.MutableRefObject<number | null>;
  announce: (message: string) => void;
  dragging: number | null;
  setDragging: (id: number | null) => void;
  move: (item: Responsibility, roleId: number, columnId: number, position: number) => void;
}

const Grid = createContext<GridContext | null>(null);
const useGrid = () => {
  const grid = useContext(Grid);
  if (!grid) throw new Error('Outside the matrix grid.');
  return grid;
};

function cellItems(matrix: Matrix, roleId: number, columnId: number): Responsibility[] {
  return matrix.responsibilities
    .filter((r) => r.roleId === roleId && r.columnId === columnId)
    .sort((a, b) => a.position - b.position);
}

export function matches(text: string, search: string): boolean {
  return !search || text.toLocaleLowerCase().includes(search.toLocaleLowerCase());
}

/** The matrix as a table: roles as rows, columns across; headers stick while it scrolls. */
export function MatrixGrid({
  matrix,
  roles,
  search,
  announce,
}: {
  matrix: Matrix;
  roles: MatrixRole[];
  search: string;
  announce: (message: string) => void;
}) {
  const focusAfterMoveRef = useRef<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const moveResponsibility = useOperationMutation('matrix.moveResponsibility');

  function move(item: Responsibility, roleId: number, columnId: number, position: number) {
    focusAfterMoveRef.current = item.id;
    const role = matrix.roles.find((r) => r.id === roleId)?.name ?? '';
    const column = matrix.columns.find((c) => c.id === columnId)?.heading ?? '';
    moveResponsibility.mutate(
      { id: item.id, roleId, columnId, position },
      {
        onSuccess: (moved) => {
          const count = matrix.responsibilities.filter(
            (r) => r.roleId === roleId && r.columnId === columnId && r.id !== item.id,
          ).length;
          announce(`Moved to ${role}, ${column}: position ${moved.position + 1} of ${count + 1}.`);
        },
        ...reportFailure('Not moved'),
      },
    );
  }

  return (
    <Grid.Provider value={{ matrix, search, focusAfterMoveRef, announce, dragging, setDragging, move }}>
      <div className={classes.scroller} role="region" aria-label="Role–responsibility matrix" tabIndex={-1}>
        <table className={classes.table} aria-label="Responsibilities by role and column">
          <colgroup>
            <col style={{ width: 230 }} />
            {matrix.columns.map((column) => (
              <col key={column.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={classes.corner} scope="col">
                Role
              </th>
              {matrix.columns.map((column, index) => (
                <ColumnHeader key={column.id} column={column} index={index} />
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.id}>
                <RoleHeader role={role} />
                {matrix.columns.map((column) => (
                  <Cell key={column.id} role={role} column={column} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Grid.Provider>
  );
}

function ColumnHeader({ column, index }: { column: MatrixColumn; index: number }) {
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

function RoleHeader({ role }: { role: MatrixRole }) {
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

function Cell({ role, column }: { role: MatrixRole; column: MatrixColumn }) {
  const { matrix, search, dragging, setDragging, move } = useGrid();
  const [adding, setAdding] = useState(false);
  const [over, setOver] = useState(false);
  const add = useOperationMutation('matrix.addResponsibility');
  const items = cellItems(matrix, role.id, column.id);
  const shown = items.filter((item) => matches(item.text, search));
  const label = `${role.name} — ${column.heading}`;

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const id = Number(event.dataTransfer.getData(dragType)) || dragging;
    const item = matrix.responsibilities.find((r) => r.id === id);
    setDragging(null);
    if (!item) return;
    const rest = items.filter((r) => r.id !== id);
    move(item, role.id, column.id, rest.length);
  }

  return (
    <td
      className={`${classes.cell} ${over ? classes.cellDropTarget : ''}`}
      data-cell={label}
      onDragOver={(event) => {
        if (dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      {shown.length > 0 ? (
        <ul className={classes.list} aria-label={label}>
          {shown.map((item) => (
            <Item key={item.id} item={item} cell={items} />
          ))}
        </ul>
      ) : (
        !adding && (
          <Text className={classes.empty} size="sm" aria-label={search && items.length ? 'No match' : 'Empty'}>
            —
          </Text>
        )
      )}
      {adding ? (
        <InlineTextEditor
          label={`New responsibility for ${label}`}
          initial=""
          placeholder="What is this role responsible for?"
          emptyMessage="Enter the responsibility."
          maxLength={1000}
          onSave={(text) => add.mutateAsync({ roleId: role.id, columnId: column.id, text })}
          onDone={() => setAdding(false)}
        />
      ) : (
        <Button
          className={classes.addButton}
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          aria-label={`Add a responsibility to ${label}`}
          onClick={() => setAdding(true)}
          mt={4}
        >
          Add
        </Button>
      )}
    </td>
  );
}

function Item({ item, cell }: { item: Responsibility; cell: Responsibility[] }) {
  const { matrix, search, focusAfterMoveRef, dragging, setDragging, move, announce } = useGrid();
  const [editing, setEditing] = useState(false);
  const [dropSide, setDropSide] = useState<'before' | 'after' | null>(null);
  const [moveOpen, setMoveOpen] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const remove = useOperationMutation('matrix.deleteResponsibility');
  const restore = useOperationMutation('matrix.restoreResponsibility');
  const update = useOperationMutation('matrix.updateResponsibility');
  const index = cell.findIndex((r) => r.id === item.id);
  const columnIndex = matrix.columns.findIndex((c) => c.id === item.columnId);

  useEffect(() => {
    if (focusAfterMoveRef.current === item.id) {
      focusAfterMoveRef.current = null;
      ref.current?.focus();
    }
  }, [focusAfterMoveRef, editing, item.id, item.position, item.roleId, item.columnId]);

  function moveToColumn(offset: number) {
    const target = matrix.columns[columnIndex + offset];
    if (!target) return;
    const count = cellItems(matrix, item.roleId, target.id).length;
    move(item, item.roleId, target.id, count);
  }

  function del() {
    remove.mutate(
      { id: item.id },
      {
        onSuccess: (snapshot) => {
          announce('Responsibility deleted.');
          showUndoNotice({
            id: `deleted-${item.id}`,
            title: 'Responsibility deleted',
            text: item.text,
            undo: () =>
              restore.mutate(snapshot, {
                onSuccess: () => announce('Responsibility restored.'),
                ...reportFailure('Not restored'),
              }),
          });
        },
        ...reportFailure('Not deleted'),
      },
    );
  }

  if (editing) {
    return (
      <li>
        <InlineTextEditor
          label="Responsibility text"
          initial={item.text}
          emptyMessage="Enter the responsibility."
          maxLength={1000}
          onSave={(text) => update.mutateAsync({ id: item.id, text })}
          onDone={() => {
            setEditing(false);
            focusAfterMoveRef.current = item.id;
          }}
        />
      </li>
    );
  }

  const program = matrix.program;
  const classNames = [
    classes.item,
    dragging === item.id ? classes.itemDragging : '',
    dropSide === 'before' ? classes.itemDropBefore : '',
    dropSide === 'after' ? classes.itemDropAfter : '',
  ].join(' ');

  return (
    <li
      ref={ref}
      className={classNames}
      tabIndex={0}
      draggable
      data-responsibility-id={item.id}
      aria-label={item.text}
      aria-keyshortcuts="Enter Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Delete"
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, String(item.id));
        event.dataTransfer.effectAllowed = 'move';
        setDragging(item.id);
      }}
      onDragEnd={() => setDragging(null)}
      onDragOver={(event) => {
        if (dragging === null || dragging === item.id) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        setDropSide(event.clientY < box.top + box.height / 2 ? 'before' : 'after');
      }}
      onDragLeave={() => setDropSide(null)}
      onDrop={(event) => {
        event.preventDefault();
        event.stopPropagation();
        const side = dropSide;
        setDropSide(null);
        const id = Number(event.dataTransfer.getData(dragType)) || dragging;
        setDragging(null);
        const dragged = matrix.responsibilities.find((r) => r.id === id);
        if (!dragged || id === item.id) return;
        const rest = cell.filter((r) => r.id !== id);
        const at = rest.findIndex((r) => r.id === item.id) + (side === 'after' ? 1 : 0);
        move(dragged, item.roleId, item.columnId, at);
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          setEditing(true);
        } else if (event.key === 'Delete') {
          event.preventDefault();
          del();
        } else if (event.altKey && event.key === 'ArrowUp' && index > 0) {
          event.preventDefault();
          move(item, item.roleId, item.columnId, index - 1);
        } else if (event.altKey && event.key === 'ArrowDown' && index < cell.length - 1) {
          event.preventDefault();
          move(item, item.roleId, item.columnId, index + 1);
        } else if (event.altKey && event.key === 'ArrowLeft') {
          event.preventDefault();
          moveToColumn(-1);
        } else if (event.altKey && event.key === 'ArrowRight') {
          event.preventDefault();
          moveToColumn(1);
        }
      }}
    >
      <IconGripVertical size={14} className={classes.grip} aria-hidden />
      <Stack gap={4} className={classes.itemText}>
        <Highlight highlight={search} size="sm" onClick={() => setEditing(true)} highlightStyles={{ padding: 0 }}>
          {item.text}
        </Highlight>
        {program && (
          <Group gap={4}>
            <StatusControl
              programId={program.programId}
              responsibilityId={item.id}
              text={item.text}
              progress={program.statuses.find((s) => s.responsibilityId === item.id)}
            />
          </Group>
        )}
      </Stack>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for “${item.text}”`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            Edit text
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowUp size={14} />}
            rightSection={<Text size="xs">Alt ↑</Text>}
            disabled={index === 0}
            onClick={() => move(item, item.roleId, item.columnId, index - 1)}
          >
            Move up
          </Menu.Item>
          <Menu.Item
            leftSection={<IconArrowDown size={14} />}
            rightSection={<Text size="xs">Alt ↓</Text>}
            disabled={index === cell.length - 1}
            onClick={() => move(item, item.roleId, item.columnId, index + 1)}
          >
            Move down
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowsMove size={14} />} onClick={() => setMoveOpen(true)}>
            Move to…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={14} />}
            rightSection={<Text size="xs">Del</Text>}
            onClick={del}
          >
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MoveToDialog item={item} opened={moveOpen} onClose={() => setMoveOpen(false)} />
    </li>
  );
}

function MoveToDialog({ item, opened, onClose }: { item: Responsibility; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Move responsibility to…">
      {/* The form lives inside the modal, which unmounts it on close: each opening starts from where the item is now, not from a cancelled choice. */}
      <MoveToForm item={item} onClose={onClose} />
    </Modal>
  );
}

function MoveToForm({ item, onClose }: { item: Responsibility; onClose: () => void }) {
  const { matrix, move } = useGrid();
  const [roleId, setRoleId] = useState(String(item.roleId));
  const [columnId, setColumnId] = useState(String(item.columnId));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const count = cellItems(matrix, Number(roleId), Number(columnId)).filter((r) => r.id !== item.id).length;
        move(item, Number(roleId), Number(columnId), count);
        onClose();
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {item.text}
        </Text>
        <Select
          label="Role"
          allowDeselect={false}
          data={matrix.roles.map((r) => ({ value: String(r.id), label: r.name }))}
          value={roleId}
          onChange={(v) => v && setRoleId(v)}
        />
        <Select
          label="Column"
          allowDeselect={false}
          data={matrix.columns.map((c) => ({ value: String(c.id), label: c.heading }))}
          value={columnId}
          onChange={(v) => v && setColumnId(v)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Move</Button>
        </Group>
      </Stack>
    </form>
  );
}
