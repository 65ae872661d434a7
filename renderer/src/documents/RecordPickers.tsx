import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useOperation } from '../api/useOperation';

interface PickerProps {
  value: number | null;
  onChange: (id: number | null) => void;
}

/** Finds a mentorship by typing a mentee's or mentor's name; searched in the database. */
export function MentorshipPicker({ value, onChange }: PickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [chosenLabel, setChosenLabel] = useState<string | null>(null);
  const query = chosenLabel && search === chosenLabel ? '' : debounced;
  const list = useOperation('mentorships.list', { search: query || undefined, limit: 30 }, { keepPrevious: true });
  const options = (list.data?.rows ?? []).map((m) => ({
    value: String(m.id),
    label: `${m.mentee.name} with ${m.mentor.name} (${m.program.name})`,
  }));
  if (value && chosenLabel && !options.some((o) => o.value === String(value)))
    options.unshift({ value: String(value), label: chosenLabel });
  return (
    <Select
      label="Mentorship"
      description="Type the mentee’s or the mentor’s name."
      placeholder="Type a name"
      searchable
      clearable
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? 'Searching…' : 'No mentorship matches'}
      data={options}
      value={value ? String(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) => {
        setChosenLabel(option?.label ?? null);
        onChange(next ? Number(next) : null);
      }}
    />
  );
}

/** Chooses a peer group by name. */
export function PeerGroupPicker({ value, onChange }: PickerProps) {
  const groups = useOperation('peerGroups.list', {});
  return (
    <Select
      label="Peer group"
      placeholder={groups.data?.length === 0 ? 'No peer groups yet' : 'Choose a group'}
      searchable
      clearable
      nothingFoundMessage="No group matches"
      data={(groups.data ?? []).map((g) => ({ value: String(g.id), label: g.name }))}
      value={value ? String(value) : null}
      onChange={(next) => onChange(next ? Number(next) : null)}
    />
  );
}
