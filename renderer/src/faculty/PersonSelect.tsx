import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PersonRef } from '@common/records';
import { useState } from 'react';
import { useOperation } from '../api/useOperation';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: number | null | undefined;
  onChange: (id: number | null, person: PersonRef | null) => void;
  /** The person already chosen, so their name shows before any search. */
  initial?: PersonRef | null;
}

/**
 * Chooses an active person from the directory by typing part of their name or
 * email; the directory is searched in the database, so it stays quick with
 * thousands of faculty.
 */
export function PersonSelect({ value, onChange, initial = null, ...props }: Props) {
  const [search, setSearch] = useState(initial?.name ?? '');
  const [chosen, setChosen] = useState<PersonRef | null>(initial);
  const [debounced] = useDebouncedValue(search, 150);
  const query = chosen && debounced === chosen.name ? '' : debounced;
  const people = useOperation('faculty.list', { search: query || undefined, status: 'active', limit: 30 });
  const found: PersonRef[] = (people.data?.rows ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    rank: p.rank,
    department: p.department,
  }));
  const options = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;
  const byId = new Map(options.map((p) => [String(p.id), p]));

  return (
    <Select
      searchable
      clearable
      placeholder="Type a name"
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'No active person matches'}
      {...props}
      data={options.map((p) => ({ value: String(p.id), label: p.name }))}
      filter={({ options: all }) => all}
      value={value ? String(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => {
        const person = next ? (byId.get(next) ?? null) : null;
        setChosen(person);
        onChange(person ? person.id : null, person);
      }}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <Group gap={6} wrap="nowrap">
            <Text size="sm">{option.label}</Text>
            {person && (
              <Text size="xs" c="dimmed">
                {person.rank} · {person.department}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
