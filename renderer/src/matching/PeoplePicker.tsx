import { Group, Pill, Stack, Text } from '@mantine/core';
import type { PersonRef } from '@common/records';
import { useState } from 'react';
import { PersonSelect } from '../faculty/PersonSelect';

interface Props {
  label: string;
  people: PersonRef[];
  onChange: (people: PersonRef[]) => void;
}

/** A short list of people built by typing names: each chosen person is added below, with a way to take them off. */
export function PeoplePicker({ label, people, onChange }: Props) {
  // The select empties itself after each choice, ready for the next name.
  const [round, setRound] = useState(0);
  return (
    <Stack gap={6}>
      <PersonSelect
        key={round}
        label={label}
        value={null}
        onChange={(_, person) => {
          if (person && !people.some((p) => p.id === person.id)) onChange([...people, person]);
          setRound((r) => r + 1);
        }}
      />
      {people.length === 0 ? (
        <Text size="xs" c="dimmed">
          No one chosen yet.
        </Text>
      ) : (
        <Group gap={6} aria-label={`${label}: chosen`}>
          {people.map((p) => (
            <Pill
              key={p.id}
              size="md"
              withRemoveButton
              removeButtonProps={{ 'aria-label': `Take ${p.name} off` }}
              onRemove={() => onChange(people.filter((q) => q.id !== p.id))}
            >
              {p.name}
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
