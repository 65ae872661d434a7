import { Anchor, Badge, Button, DataList, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import type { Workshop } from '@contract/workshops';
import { IconPencil, IconPresentation } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatDate } from '../faculty/format';
import { BackLink, RecordPage } from '../shell/RecordPage';
import { Field } from '../shell/RecordParts';
import { AfterSection } from './after/AfterSection';
import { PlanSection } from './day/PlanSection';
import { ParticipantsSection } from './participants/ParticipantsSection';
import { SheetsButtons } from './SheetsButtons';
import { WorkshopFormDrawer } from './WorkshopFormDrawer';

const backToWorkshops = { to: '/workshops', label: 'Workshops' };

export function WorkshopPage() {
  return (
    <RecordPage operation="workshops.get" noun="workshop" back={backToWorkshops}>
      {(w) => <WorkshopRecord w={w} />}
    </RecordPage>
  );
}

/** One workshop from sign-up to follow-up: who takes part, the day's rounds, the printed sheets, and what comes after. */
function WorkshopRecord({ w }: { w: Workshop }) {
  useDocumentTitle(`${w.title} · Trellis`);
  const [editing, editDrawer] = useDisclosure(false);
  return (
    <Stack gap="md" maw={1100}>
      <BackLink to={backToWorkshops.to}>{backToWorkshops.label}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {w.title}
            </Title>
            {w.planned && (
              <Badge variant="light" color="teal">
                Planned
              </Badge>
            )}
          </Group>
          <Text c="dimmed">
            {formatDate(w.heldOn)}
            {w.startsAt ? ` · ${w.startsAt}` : ''}
            {w.place ? ` · ${w.place}` : ''} ·{' '}
            <Anchor component={Link} to={`/mentorships/programs/${w.program.id}`} inherit>
              {w.program.name}
            </Anchor>
          </Text>
        </Stack>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={editDrawer.open}>
            Edit
          </Button>
          <Button
            component={Link}
            to={`/workshops/${w.id}/rounds`}
            leftSection={<IconPresentation size={16} />}
            disabled={w.rounds.length === 0}
            onClick={(e) => w.rounds.length === 0 && e.preventDefault()}
          >
            Round view
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={200} withDivider aria-label="Workshop">
          <Field label="Rounds">
            {w.roundCount} rounds of {w.roundMinutes} minutes; partners swap roles at half-time
          </Field>
          <Field label="Tables">{w.tableCount ?? 'One per pair'}</Field>
          <Field label="Facilitators">
            {w.facilitators.length === 0 ? (
              <Text span c="orange" inherit>
                No facilitator yet
              </Text>
            ) : (
              w.facilitators.map((f) => f.name).join(', ')
            )}
          </Field>
          <Field label="Printed sheets">
            <SheetsButtons w={w} />
          </Field>
        </DataList>
      </Paper>

      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="participants">
            Participants ({w.participantCount}, {w.presentCount} here)
          </Tabs.Tab>
          <Tabs.Tab value="rounds">Rounds</Tabs.Tab>
          <Tabs.Tab value="after">After the workshop</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants" pt="md">
          <ParticipantsSection w={w} />
        </Tabs.Panel>
        <Tabs.Panel value="rounds" pt="md">
          <PlanSection w={w} />
        </Tabs.Panel>
        <Tabs.Panel value="after" pt="md">
          <AfterSection w={w} />
        </Tabs.Panel>
      </Tabs>

      <WorkshopFormDrawer opened={editing} onClose={editDrawer.close} workshop={w} />
    </Stack>
  );
}
