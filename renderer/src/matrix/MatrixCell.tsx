import { Button, Text } from '@mantine/core';
import type { MatrixColumn, MatrixRole } from '@contract/matrix';
import { IconPlus } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useOperationMutation } from '../api/useOperation';
import { cellItems, dragType, matches, useGrid } from './gridContext';
import { InlineTextEditor } from './InlineTextEditor';
import classes from './Matrix.module.css';
import { ResponsibilityItem } from './ResponsibilityItem';

/** One role's responsibilities in one column: a drop target, its items in order, and Add. */
export function MatrixCell({ role, column }: { role: MatrixRole; column: MatrixColumn }) {
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
            <ResponsibilityItem key={item.id} item={item} cell={items} />
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
