import { Alert, Anchor, Badge, Stack, Text } from '@mantine/core';
import {
  changeRequestResolutionLabels,
  changeRequestStatusLabels,
  type ChangeRequestRow,
} from '@contract/changeRequests';
import type { PersonRef, RecordRef, Warning } from '@common/records';
import type { MentorshipStatus } from '@contract/mentorships';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router-dom';

/** Where each kind of record lives in the app; meetings are shown on their pair's or group's page. */
export function recordPath(record: Pick<RecordRef, 'type' | 'id'>): string | null {
  switch (record.type) {
    case 'faculty':
      return `/faculty/${record.id}`;
    case 'program':
      return `/mentorships/programs/${record.id}`;
    case 'mentorship':
      return `/mentorships/${record.id}`;
    case 'peerGroup':
      return `/peer-groups/${record.id}`;
    case 'changeRequest':
      return `/mentorships/change-requests/${record.id}`;
    case 'meeting':
      return null;
  }
}

export function RecordLink({ record }: { record: RecordRef }) {
  const path = recordPath(record);
  if (!path) return <Text span>{record.label}</Text>;
  return (
    <Anchor component={Link} to={path}>
      {record.label}
    </Anchor>
  );
}

export function PersonLink({ person }: { person: PersonRef }) {
  return (
    <Anchor component={Link} to={`/faculty/${person.id}`}>
      {person.name}
    </Anchor>
  );
}

const statusColors: Record<MentorshipStatus, string> = { proposed: 'blue', active: 'teal', ended: 'gray' };
export const mentorshipStatusLabels: Record<MentorshipStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  ended: 'Ended',
};

export function MentorshipStatusBadge({ status }: { status: MentorshipStatus }) {
  return (
    // A label that hides overflow can shrink to nothing in a table cell; keep the whole word.
    <Badge variant="light" color={statusColors[status]} style={{ minWidth: 'max-content' }}>
      {mentorshipStatusLabels[status]}
    </Badge>
  );
}

/** Where a change request stands: its outcome once resolved, otherwise open or in mediation. */
export function ChangeRequestStatusBadge({ request }: { request: Pick<ChangeRequestRow, 'status' | 'resolution'> }) {
  return (
    <Badge
      variant="light"
      color={request.status === 'resolved' ? 'gray' : 'orange'}
      style={{ minWidth: 'max-content' }}
    >
      {request.resolution
        ? changeRequestResolutionLabels[request.resolution]
        : changeRequestStatusLabels[request.status]}
    </Badge>
  );
}

/** Rules that did not stop the save, shown beside the record in plain words. */
export function WarningList({ warnings, title = 'Please check' }: { warnings: Warning[]; title?: string }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={title} data-testid="warnings">
      <Stack gap={4}>
        {warnings.map((warning) => (
          <Text key={warning.code} size="sm">
            {warning.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** Today as the office's calendar day, `YYYY-MM-DD`. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "the mentee" → "The mentee", for labels that start a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
