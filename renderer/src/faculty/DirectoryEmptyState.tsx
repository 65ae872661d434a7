import { Button, EmptyState } from '@mantine/core';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';

/** Nobody in the directory at all: say what to do next. */
export function EmptyDirectory({ onAdd }: { onAdd: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconUsers size={28} />}
      withIndicatorBackground
      title="No one in the directory yet"
      description="Add a person, or import a roster (coming soon)."
    >
      <EmptyState.Actions>
        <Button leftSection={<IconUserPlus size={16} />} onClick={onAdd}>
          Add person
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** People exist, but not with this search and these filters. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconSearch size={28} />}
      withIndicatorBackground
      title="No one matches"
      description="Try a different search, or clear the filters to see everyone."
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** Everyone on file is marked inactive, so the default (active) view is empty. */
export function NoActivePeople({ onShowAll }: { onShowAll: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconUsers size={28} />}
      withIndicatorBackground
      title="No active people"
      description="Everyone in the directory is marked inactive."
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onShowAll}>
          Show everyone
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
