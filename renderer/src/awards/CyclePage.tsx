import { Anchor, Button, DataList, EmptyState, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { awardLevelLabels, type AwardCycle, type NominationRow } from '@contract/awards';
import { IconPencil, IconPlus, IconTrophy } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatDate } from '../faculty/format';
import { Section } from '../shell/RecordParts';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { PersonLink } from '../shell/records';
import { PageHeader } from '../shell/PageHeader';
import { CycleFormDrawer } from './CycleFormDrawer';
import { DiversityPanel } from './DiversityPanel';
import { CycleStateBadge, limitText, NominationStatusBadge } from './labels';
import { NominationDrawer } from './NominationDrawer';
import { PacketsSection } from './packets/PacketsSection';

export const backToAwards = { to: '/awards', label: 'Awards' };

/** One cycle: its criteria and limits, the nominations, the diversity review and the packets. */
export function CyclePage() {
  return (
    <RecordPage operation="awards.cycles.get" noun="cycle" back={backToAwards}>
      {(c) => <CycleRecord c={c} />}
    </RecordPage>
  );
}

function CycleRecord({ c }: { c: AwardCycle }) {
  const nominations = useOperation('awards.nominations.list', { cycleId: c.id });
  const [nominating, nominationDrawer] = useDisclosure(false);
  const [editing, editDrawer] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <BackLink to={backToAwards.to}>{backToAwards.label}</BackLink>
      <PageHeader
        title={`${c.awardType.name} ${c.year}`}
        description={
          <Group gap="xs">
            <CycleStateBadge state={c.state} />
            <Text c="dimmed" size="sm">
              {awardLevelLabels[c.awardType.level]} award · nominations {formatDate(c.opensOn)} to{' '}
              {formatDate(c.closesOn)}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
              Edit cycle
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={nominationDrawer.open}>
              New nomination
            </Button>
          </>
        }
      />
      <CycleDetails cycle={c} />
      <Section title="Nominations">
        <QueryState
          query={nominations}
          failure="The nominations could not be loaded"
          empty={
            <EmptyState
              py="lg"
              icon={<IconTrophy size={24} />}
              withIndicatorBackground
              title="No nominations yet"
              description="Record a nomination with its nominee, nominator and statement, then upload the letters."
            >
              <EmptyState.Actions>
                <Button onClick={nominationDrawer.open}>New nomination</Button>
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          {(rows) => <NominationsTable rows={rows} />}
        </QueryState>
      </Section>
      <DiversityPanel cycleId={c.id} />
      {nominations.isSuccess && (
        <PacketsSection cycleId={c.id} cycleName={`${c.awardType.name} ${c.year}`} nominations={nominations.data} />
      )}
      <NominationDrawer opened={nominating} onClose={nominationDrawer.close} cycle={c} />
      <CycleFormDrawer opened={editing} onClose={editDrawer.close} cycle={c} />
    </Stack>
  );
}

function CycleDetails({ cycle }: { cycle: AwardCycle }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Criteria and limits">
      <Group align="flex-start" grow>
        <Stack gap={4}>
          <Title order={2} size="h4">
            Criteria
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={cycle.criteria ? undefined : 'dimmed'}>
            {cycle.criteria || 'No criteria written yet. Choose “Edit cycle” to add them.'}
          </Text>
        </Stack>
        <DataList aria-label="Limits">
          <DataList.Item>
            <DataList.ItemLabel>Support letters</DataList.ItemLabel>
            <DataList.ItemValue>{limitText(cycle.maxSupportLetters, 'letter')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Each letter</DataList.ItemLabel>
            <DataList.ItemValue>{limitText(cycle.letterPageLimit, 'page')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Statement</DataList.ItemLabel>
            <DataList.ItemValue>{limitText(cycle.statementPageLimit, 'page')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Whole packet</DataList.ItemLabel>
            <DataList.ItemValue>{limitText(cycle.packetPageLimit, 'page')}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Group>
    </Paper>
  );
}

function NominationsTable({ rows }: { rows: NominationRow[] }) {
  return (
    <Table striped highlightOnHover aria-label="Nominations" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Nominee</Table.Th>
          <Table.Th>Department</Table.Th>
          <Table.Th>Nominator</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Letters</Table.Th>
          <Table.Th>Warnings</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((n) => (
          <Table.Tr key={n.id}>
            <Table.Td>
              <Anchor component={Link} to={`/awards/nominations/${n.id}`}>
                {n.nominee.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{n.nominee.department}</Table.Td>
            <Table.Td>
              <PersonLink person={n.nominator} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <NominationStatusBadge status={n.status} />
            </Table.Td>
            <Table.Td>{n.letterCount}</Table.Td>
            <Table.Td>
              {n.warnings.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ) : (
                <Text size="sm" c="orange.8" title={n.warnings.map((w) => w.message).join('\n')}>
                  {n.warnings.length === 1 ? n.warnings[0]!.message : `${n.warnings.length} to check`}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
