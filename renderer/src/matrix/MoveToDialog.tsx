import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import type { Responsibility } from '@contract/matrix';
import { useState } from 'react';
import { cellItems, useGrid } from './gridContext';

/** "Move to…": the role and column to put a responsibility in, chosen from lists; it goes last in that cell. */
export function MoveToDialog({
  item,
  opened,
  onClose,
}: {
  item: Responsibility;
  opened: boolean;
  onClose: () => void;
}) {
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
