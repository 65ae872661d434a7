import { Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ImportIssue, MissingPerson, ProposedEffect, RosterChange } from '@contract/imports';
import { fieldLabels } from '@contract/imports';

const rowStyle = { borderBottom: '1px solid var(--mantine-color-gray-2)' };

/** A person whose record the roster changes: each field from → to. */
export function RosterChangeItem({ change }: { change: RosterChange }) {
  return (
    <Stack gap={2} px="sm" py={6} style={rowStyle}>
      <Text size="sm" fw={500}>
        {change.name}{' '}
        <Text span size="xs" c="dimmed">
          row {change.row} · matched by {change.matchedBy === 'employeeId' ? 'employee ID' : change.matchedBy}
        </Text>
      </Text>
      {change.changes.map((c) => (
        <Text key={c.field} size="xs">
          {fieldLabels[c.field as keyof typeof fieldLabels] ?? c.field}: <s>{c.from ?? 'empty'}</s> → {c.to ?? 'empty'}
        </Text>
      ))}
    </Stack>
  );
}

/** Someone in Trellis the roster no longer lists: kept unless the box is ticked. */
export function MissingPersonItem({
  person,
  checked,
  onChange,
}: {
  person: MissingPerson;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Group px="sm" py={6} style={rowStyle} wrap="nowrap">
      <Checkbox
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        label={`Set ${person.name} inactive`}
        description={`${person.email} · ${person.department} · ${person.rank}`}
      />
    </Group>
  );
}

const effectWords: Record<ProposedEffect['kind'], string> = {
  changeRequest: 'wants to change mentor — a change request',
  noMentor: 'has no mentor — listed on the dashboard',
  peerTopicInterest: 'is interested in a peer group on',
};

export function EffectItem({ effect }: { effect: ProposedEffect }) {
  return (
    <Text size="sm" px="sm" py={6} style={rowStyle}>
      {effect.name}{' '}
      <Text span c="dimmed" inherit>
        (row {effect.row})
      </Text>{' '}
      {effectWords[effect.kind]}
      {effect.topic ? ` “${effect.topic}”` : ''}
    </Text>
  );
}

export function IssueItem({ issue }: { issue: ImportIssue }) {
  return (
    <Group gap="sm" px="sm" py={6} style={rowStyle} wrap="nowrap" align="flex-start">
      <Text size="xs" fw={600} c={issue.severity === 'error' ? 'red.8' : 'yellow.9'} w={70}>
        {issue.severity === 'error' ? 'Error' : 'Warning'}
      </Text>
      <Text size="xs" w={110} c="dimmed">
        Row {issue.row}
        {issue.column ? ` · ${issue.column}` : ''}
      </Text>
      <Text size="xs" style={{ flex: 1 }}>
        {issue.message}
        {issue.value !== null && issue.value !== '' && (
          <Text span c="dimmed" inherit>
            {' '}
            (value: “{issue.value}”)
          </Text>
        )}
      </Text>
    </Group>
  );
}
