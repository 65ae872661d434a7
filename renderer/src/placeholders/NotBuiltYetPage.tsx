import { EmptyState, Stack } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { PageHeader } from '../shell/PageHeader';
import type { FutureArea } from './futureAreas';

/** An honest page for an area that does not exist yet: no sample data, just what is coming. */
export function NotBuiltYetPage({ area }: { area: FutureArea }) {
  return (
    <Stack gap="xl">
      <PageHeader title={area.title} />
      <EmptyState
        icon={<IconTools size={28} />}
        withIndicatorBackground
        title={area.notBuilt}
        description={area.willDo}
      />
    </Stack>
  );
}
