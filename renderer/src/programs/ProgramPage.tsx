import { Badge, Button, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { programStatusLabels, type ProgramWithCounts } from '@contract/programs';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate } from '../faculty/format';
import { CreateMentorshipDrawer } from '../mentorships/CreateMentorshipDrawer';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { ProgramFormDrawer } from './ProgramFormDrawer';
import { ProgramMatchingSettings } from '../matching/settings/ProgramMatchingSettings';
import { Field } from '../shell/RecordParts';

const backToPrograms = { to: '/mentorships/programs', label: 'Programs' };

export function ProgramPage() {
  return (
    <RecordPage operation="programs.get" noun="program" back={backToPrograms}>
      {(p) => <ProgramRecord p={p} />}
    </RecordPage>
  );
}

function ProgramRecord({ p }: { p: ProgramWithCounts }) {
  useDocumentTitle(`${p.name} · Trellis`);
  const [editing, editDrawer] = useDisclosure(false);
  const [adding, addDrawer] = useDisclosure(false);
  return (
    <Stack gap="md" maw={960}>
      <BackLink to={backToPrograms.to}>{backToPrograms.label}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {p.name}
            </Title>
            <Badge variant="light" color={p.status === 'active' ? 'teal' : 'gray'}>
              {programStatusLabels[p.status]}
            </Badge>
          </Group>
          <Text c="dimmed">Run by {p.sponsor}</Text>
        </Stack>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
            Edit
          </Button>
          {p.status !== 'closed' && (
            <Button leftSection={<IconPlus size={16} />} onClick={addDrawer.open}>
              New mentorship
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Count label="Active pairs" value={p.counts.activeMentorships} />
        <Count label="Proposed pairs" value={p.counts.proposedMentorships} />
        <Count label="Peer groups" value={p.counts.activeGroups} />
        <Count
          label="Audience without a mentor"
          value={p.targetRanks.length > 0 ? `${p.counts.audienceWithoutMentor} of ${p.counts.audience}` : '—'}
        />
      </SimpleGrid>
      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={220} withDivider aria-label="Program">
          <Field label="Target audience">{p.targetRanks.length > 0 ? p.targetRanks.join(', ') : 'Anyone'}</Field>
          <Field label="Dates">
            {p.startDate ? formatDate(p.startDate) : 'No start date'} – {p.endDate ? formatDate(p.endDate) : 'ongoing'}
          </Field>
          <Field label="Largest peer group">{p.maxGroupSize} members</Field>
          <Field label="Warn above">{p.menteeWarningThreshold} mentees per mentor</Field>
          <Field label="Vision">{p.vision ?? <NotRecorded />}</Field>
          <Field label="Mission">{p.mission ?? <NotRecorded />}</Field>
          <Field label="Structure and content">{p.structure ?? <NotRecorded />}</Field>
          <Field label="Evaluation plan">{p.evaluationPlan ?? <NotRecorded />}</Field>
        </DataList>
      </Paper>
      <ProgramMatchingSettings programId={p.id} />
      <ProgramFormDrawer opened={editing} onClose={editDrawer.close} program={p} />
      <CreateMentorshipDrawer opened={adding} onClose={addDrawer.close} programId={p.id} />
    </Stack>
  );
}

function Count({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={600}>
        {value}
      </Text>
    </Paper>
  );
}

function NotRecorded() {
  return (
    <Text span c="dimmed" inherit>
      Not recorded
    </Text>
  );
}
