import { Alert, Badge, Stack, Text } from '@mantine/core';
import {
  cycleStateLabels,
  nominationStatusLabels,
  type AwardWarning,
  type CycleState,
  type NominationStatus,
} from '@contract/awards';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Small pieces every awards screen shows the same way. */

const stateColors: Record<CycleState, string> = { upcoming: 'blue', open: 'teal', closed: 'gray' };

export function CycleStateBadge({ state }: { state: CycleState }) {
  return (
    <Badge variant="light" color={stateColors[state]}>
      {cycleStateLabels[state]}
    </Badge>
  );
}

const statusColors: Record<NominationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'violet',
  selected: 'teal',
  not_selected: 'orange',
};

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  return (
    // Never shortened to "SELECT…" in a narrow table column.
    <Badge variant="light" color={statusColors[status]} style={{ minWidth: 'max-content' }}>
      {nominationStatusLabels[status]}
    </Badge>
  );
}

export function AwardWarnings({
  warnings,
  title = 'Over the cycle’s limits',
}: {
  warnings: AwardWarning[];
  title?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={title} data-testid="award-warnings">
      <Stack gap={4}>
        {warnings.map((warning, index) => (
          <Text key={index} size="sm">
            {warning.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** "2 pages" / "no limit". */
export function limitText(limit: number | null, unit: string): string {
  if (limit === null) return 'No limit';
  return `${limit} ${unit}${limit === 1 ? '' : 's'}`;
}
