import { Alert, List, Text } from '@mantine/core';
import type { LimitWarning } from '@contract/awards/packets';
import { IconAlertTriangle } from '@tabler/icons-react';

/** "3 warnings" / "1 warning". */
function countOf(warnings: LimitWarning[]): string {
  return warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
}

/**
 * The cycle's limits that packets exceed, said before anything is printed.
 * They never stop the office: the committee's rules are theirs to apply.
 */
export function PacketWarnings({ warnings, showNominee = true }: { warnings: LimitWarning[]; showNominee?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} />}
      title={`${countOf(warnings)} about the cycle’s limits — the office may still print`}
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning, index) => (
          <List.Item key={index}>
            {showNominee && (
              <Text span size="sm" fw={600}>
                {warning.nominee}:{' '}
              </Text>
            )}
            {warning.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
