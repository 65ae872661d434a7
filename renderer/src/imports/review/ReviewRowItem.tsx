import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import type { ReviewRow, RowDecision } from '@contract/imports';

const defaultLabels: Record<ReviewRow['defaultAction'], string> = {
  create: 'Create a new person',
  skip: 'Skip this row',
  keepUnlinked: 'Import without linking to a person',
};

/** The choices for one row, the default first and marked so. */
function optionsFor(row: ReviewRow) {
  const options = [{ value: 'default', label: `${defaultLabels[row.defaultAction]} (default)` }];
  if (row.actions.includes('link')) {
    for (const c of row.candidates)
      options.push({
        value: `link:${c.id}`,
        label: `Link to ${c.name} — ${c.email}, ${c.department}${c.active ? '' : ' (inactive)'}`,
      });
  }
  if (row.actions.includes('create') && row.defaultAction !== 'create')
    options.push({ value: 'create', label: 'Create a new person' });
  if (row.actions.includes('skip') && row.defaultAction !== 'skip')
    options.push({ value: 'skip', label: 'Skip this row' });
  return options;
}

function valueOf(decision: RowDecision | undefined): string {
  if (!decision) return 'default';
  return decision.action === 'link' ? `link:${decision.facultyId}` : decision.action;
}

/** A row that matched several people (or none): who the file says it is, and what to do with it. */
export function ReviewRowItem({
  row,
  decision,
  onDecide,
}: {
  row: ReviewRow;
  decision: RowDecision | undefined;
  onDecide: (decision: RowDecision | null) => void;
}) {
  const who = [row.name, row.email, row.employeeId && `ID ${row.employeeId}`].filter(Boolean).join(' · ') || 'No name';
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      px="sm"
      py={8}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            Row {row.row}
          </Text>
          <Badge size="xs" variant="light" color={row.status === 'ambiguous' ? 'orange' : 'gray'}>
            {row.status === 'ambiguous' ? `${row.candidates.length} people match` : 'No one matches'}
          </Badge>
        </Group>
        <Text size="sm" truncate>
          {who}
        </Text>
      </Stack>
      <Select
        aria-label={`Decision for row ${row.row}`}
        data={optionsFor(row)}
        value={valueOf(decision)}
        allowDeselect={false}
        w={420}
        onChange={(value) => {
          if (!value || value === 'default') return onDecide(null);
          if (value.startsWith('link:'))
            return onDecide({ row: row.row, action: 'link', facultyId: Number(value.slice(5)) });
          onDecide({ row: row.row, action: value === 'create' ? 'create' : 'skip' });
        }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
