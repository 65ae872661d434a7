import { ActionIcon, Group, Highlight, Menu, Stack, Text } from '@mantine/core';
import type { Responsibility } from '@contract/matrix';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsMove,
  IconDots,
  IconGripVertical,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useOperationMutation } from '../api/useOperation';
import { cellItems, dragType, useGrid } from './gridContext';
import { InlineTextEditor } from './InlineTextEditor';
import classes from './Matrix.module.css';
import { MoveToDialog } from './MoveToDialog';
import { reportFailure } from './reportFailure';
import { StatusControl } from './StatusControl';
import { showUndoNotice } from './undoNotice';

/**
 * One responsibility in its cell: edited in place (click or Enter), moved by
 * dragging, with Alt + arrow keys or "Move to…", deleted with Delete (and put
 * back with Undo), and its status in the chosen program.
 */
export function ResponsibilityItem({ item, cell }: { item: Responsibility; cell: Responsibility[] }) {
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
