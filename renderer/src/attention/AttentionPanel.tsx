import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  attentionKindLabels,
  attentionKinds,
  type AttentionItem,
  type AttentionKind,
  type AttentionReport,
} from '@contract/attention';
import { IconChecks } from '@tabler/icons-react';
import { formatDate } from '../faculty/format';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { RecordLink } from '../shell/records';

/** Items shown per kind before "and N more". */
const shownPerKind = 8;

/** What needs attention, in plain sentences with links, and two charts. */
export function AttentionPanel() {
  const report = useOperation('attention.list', {});
  return (
    <QueryState query={report} failure="What needs attention could not be worked out">
      {(data) => (
        <Stack gap="lg">
          <Attention report={data} />
          <Charts report={data} />
        </Stack>
      )}
    </QueryState>
  );
}

function Attention({ report }: { report: AttentionReport }) {
  const total = report.items.length;
  if (total === 0) {
    return (
      <Paper withBorder radius="md" p="lg" component="section" aria-label="Needs attention">
        <EmptyState
          py="md"
          icon={<IconChecks size={28} />}
          withIndicatorBackground
          title="Nothing needs attention"
          description="Every pair has met within its cadence, no review is due in the next 30 days, and no change request is waiting."
        />
      </Paper>
    );
  }
  const byKind = new Map<AttentionKind, AttentionItem[]>();
  for (const item of report.items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Needs attention">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Needs attention
          </Title>
          <Text size="sm" c="dimmed" data-testid="attention-total">
            {total === 1 ? '1 item' : `${total} items`}
          </Text>
        </Group>
        {attentionKinds
          .filter((kind) => report.counts[kind] > 0)
          .map((kind) => {
            const items = byKind.get(kind) ?? [];
            return (
              <Stack key={kind} gap={4} component="section" aria-label={attentionKindLabels[kind]} data-kind={kind}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {attentionKindLabels[kind]}
                  </Text>
                  <Badge variant="light" color="orange" data-testid={`count-${kind}`}>
                    {report.counts[kind]}
                  </Badge>
                </Group>
                {items.slice(0, shownPerKind).map((item, index) => (
                  <Group key={`${kind}-${index}`} gap={6} wrap="nowrap" align="baseline">
                    <Text size="sm" style={{ flex: 1 }}>
                      {item.why}{' '}
                      {item.records.map((record, i) => (
                        <Text span key={`${record.type}-${record.id}`} size="sm">
                          {i > 0 ? ' · ' : ''}
                          <RecordLink record={record} />
                        </Text>
                      ))}
                    </Text>
                    {item.date && (
                      <Text size="xs" c="dimmed">
                        {formatDate(item.date, 'short')}
                      </Text>
                    )}
                  </Group>
                ))}
                {items.length > shownPerKind && (
                  <Text size="xs" c="dimmed">
                    and {items.length - shownPerKind} more
                  </Text>
                )}
              </Stack>
            );
          })}
      </Stack>
    </Paper>
  );
}

function Charts({ report }: { report: AttentionReport }) {
  const { activeMentorshipsByDepartment: departments, cadence } = report.charts;
  if (cadence.active === 0) return null;
  const bars = departments.slice(0, 12).map((d) => ({
    department: d.department,
    'Mentor in the same department': d.insideDepartment,
    'Mentor elsewhere': d.active - d.insideDepartment,
  }));
  const within = cadence.withinCadence;
  const late = cadence.active - within;
  const share = cadence.share === null ? 0 : Math.round(cadence.share * 100);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-label="Active mentorships by department">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Active mentorships by department
          </Title>
          <Text size="xs" c="dimmed">
            By the mentee’s department{departments.length > 12 ? '; the 12 largest departments' : ''}.
          </Text>
          <BarChart
            h={Math.max(160, bars.length * 34)}
            data={bars}
            dataKey="department"
            orientation="vertical"
            type="stacked"
            yAxisProps={{ width: 140 }}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'Mentor in the same department', color: 'teal.6' },
              { name: 'Mentor elsewhere', color: 'gray.4' },
            ]}
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-label="Pairs meeting their cadence">
        <Stack gap="sm" align="center">
          <Title order={2} size="h4" style={{ alignSelf: 'flex-start' }}>
            Pairs meeting their cadence
          </Title>
          <DonutChart
            size={180}
            thickness={26}
            chartLabel={`${share}%`}
            withTooltip
            data={[
              { name: 'Met within their cadence', value: within, color: 'teal.6' },
              { name: 'Overdue for a meeting', value: late, color: 'orange.5' },
            ]}
          />
          <Text size="sm" data-testid="cadence-summary">
            {within} of {cadence.active} active pairs have met within their cadence.
          </Text>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
