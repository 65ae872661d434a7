import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { Facilitator, Workshop } from '@contract/workshops';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { PersonSelect } from '../faculty/PersonSelect';

type Chosen = { facultyId: number } | { name: string };

/** The facilitators as workshops.update takes them. */
export function facilitatorsOf(workshop: Workshop): Chosen[] {
  return workshop.facilitators.map((f) => (f.person ? { facultyId: f.person.id } : { name: f.name }));
}

/**
 * The workshop's facilitators: people from the directory, or anyone by name
 * (office staff, a guest), who are not in it.
 */
export function FacilitatorsField({
  value,
  initial,
  onChange,
  error,
}: {
  value: Chosen[];
  initial: Facilitator[];
  onChange: (next: Chosen[]) => void;
  error?: string;
}) {
  const [names, setNames] = useState(
    () => new Map(initial.flatMap((f) => (f.person ? [[f.person.id, f.person.name] as const] : []))),
  );
  const [guest, setGuest] = useState('');
  const label = (f: Chosen) => ('name' in f ? `${f.name} (not in the directory)` : (names.get(f.facultyId) ?? ''));
  const addGuest = () => {
    if (guest.trim() === '') return;
    onChange([...value, { name: guest.trim() }]);
    setGuest('');
  };
  return (
    <Input.Wrapper label="Facilitators" error={error}>
      <Stack gap="xs" mt={4}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            No facilitator yet.
          </Text>
        ) : (
          <Stack gap={4} role="list" aria-label="Facilitators">
            {value.map((f, index) => (
              <Group key={'name' in f ? `n:${f.name}` : `f:${f.facultyId}`} gap="xs" role="listitem">
                <Text size="sm">{label(f)}</Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove ${label(f)}`}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <Group align="flex-end" grow>
          <PersonSelect
            // A fresh, empty picker after each choice.
            key={value.length}
            label="Add a facilitator from the directory"
            value={null}
            onChange={(id, person) => {
              if (!id || !person || value.some((f) => 'facultyId' in f && f.facultyId === id)) return;
              setNames((m) => new Map(m).set(id, person.name));
              onChange([...value, { facultyId: id }]);
            }}
          />
          <TextInput
            label="Or by name"
            placeholder="e.g. a guest facilitator"
            value={guest}
            onChange={(e) => setGuest(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addGuest();
              }
            }}
            rightSectionWidth={64}
            rightSection={
              <Button size="compact-xs" variant="light" onClick={addGuest} disabled={guest.trim() === ''}>
                Add
              </Button>
            }
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
