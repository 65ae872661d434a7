import { DataList, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled detail of a record ("Started", "Run by"). Text typed on several lines keeps its lines. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** A titled part of a record's page (Goals, Meetings, Members), with its action beside the title. */
export function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
