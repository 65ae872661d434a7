import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useOperation } from '../api/useOperation';
import { switchDatabase, useDatabases } from './databasesApi';

/** Whether the open database holds invented records; it never changes while it is open. */
const useIsDemo = () => useOperation('demo.status', {}, { staleTime: Infinity }).data?.demo === true;

/**
 * Beside the app's name: which database is open when it is not the
 * office's own, and "Demo" for invented records, so nobody takes them for
 * real ones. (The window's title says the same; the main process sets it.)
 */
export function DemoBadge() {
  const demo = useIsDemo();
  const view = useDatabases().data?.view;
  const other = view && view.current.path !== view.office.path ? view.current.name : null;
  return (
    <>
      {other && (
        <Text size="sm" fw={600} data-testid="open-database">
          · {other}
        </Text>
      )}
      {demo && (
        <Badge color="grape" variant="filled" leftSection={<IconFlask size={12} />}>
          Demo
        </Badge>
      )}
    </>
  );
}

/** Above every page of a demo database: what it is, and the way back to the office's own records. */
export function DemoBanner() {
  const demo = useIsDemo();
  if (!demo) return null;
  return (
    <Alert
      color="grape"
      variant="light"
      mb="md"
      role="status"
      aria-label="Demo database"
      icon={<IconFlask size={18} />}
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          You are exploring a demo database. Every person and record in it is invented; the office’s own records are
          kept apart.
        </Text>
        <Button size="xs" variant="default" onClick={() => void switchDatabase({ action: 'openOffice' })}>
          Go to the office’s records
        </Button>
      </Group>
    </Alert>
  );
}
