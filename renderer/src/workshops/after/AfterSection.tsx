import { Alert, Button, Group, List, Modal, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Workshop, WorkshopParticipant } from '@contract/workshops';
import { IconHeartHandshake, IconUsersGroup } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { Section } from '../../shell/RecordParts';
import { FollowUpSurveyButton } from './FollowUpSurveyButton';
import { StartPeerGroupForm } from './StartPeerGroupForm';

/** Who each participant sat with, from the plan (participant id → partners' ids). */
function partnersIn(w: Workshop): Map<number, Set<number>> {
  const partners = new Map<number, Set<number>>();
  for (const round of w.rounds)
    for (const group of round.groups)
      for (const person of group.people) {
        const mine = partners.get(person.participantId) ?? new Set<number>();
        for (const other of group.people)
          if (other.participantId !== person.participantId) mine.add(other.participantId);
        partners.set(person.participantId, mine);
      }
  return partners;
}

/**
 * After the workshop: whom each person would like to keep meeting, mutual
 * wishes turned into proposed peer mentorships in one step, a new peer group
 * from the workshop, and the follow-up survey for the wrap-up questions.
 */
export function AfterSection({ w }: { w: Workshop }) {
  const [startingGroup, groupModal] = useDisclosure(false);
  const propose = useOperationMutation('workshops.proposePeerMentorships', {
    onError: (error) => notifications.show({ color: 'red', title: 'Nothing proposed', message: errorMessage(error) }),
  });
  const partners = partnersIn(w);
  const seated = w.participants.filter((p) => partners.has(p.id));
  const byId = new Map(w.participants.map((p) => [p.id, p]));
  const result = propose.data;

  return (
    <Stack gap="md">
      <Section title="Partners to keep meeting" action={<FollowUpSurveyButton w={w} />}>
        {seated.length === 0 ? (
          <Text size="sm" c="dimmed">
            Once the rounds are planned and held, record here whom each person would like to keep meeting (from their
            card or the follow-up survey).
          </Text>
        ) : (
          <Table aria-label="Wishes" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">Participant</Table.Th>
                <Table.Th>Would like to keep meeting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {seated.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    <WishesPicker
                      p={p}
                      partners={[...(partners.get(p.id) ?? [])].flatMap((id) => {
                        const partner = byId.get(id);
                        return partner ? [partner] : [];
                      })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section
        title={`Mutual wishes (${w.mutualWishes.length})`}
        action={
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUsersGroup size={14} />}
              onClick={groupModal.open}
              disabled={seated.length < 2}
            >
              Start a peer group
            </Button>
            <Button
              size="xs"
              leftSection={<IconHeartHandshake size={14} />}
              loading={propose.isPending}
              disabled={w.mutualWishes.length === 0}
              onClick={() => propose.mutate({ workshopId: w.id })}
            >
              Propose peer mentorships from mutual wishes
            </Button>
          </Group>
        }
      >
        {w.mutualWishes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No pair has both said they would like to keep meeting yet.
          </Text>
        ) : (
          <List size="sm" aria-label="Mutual wishes">
            {w.mutualWishes.map((m) => (
              <List.Item key={m.participantIds.join('-')}>{m.names.join(' and ')}</List.Item>
            ))}
          </List>
        )}
        {result && (
          <Alert
            color={result.created.length > 0 ? 'teal' : 'yellow'}
            title={
              result.created.length > 0
                ? `${result.created.length} peer ${result.created.length === 1 ? 'mentorship' : 'mentorships'} proposed`
                : 'No new peer mentorship proposed'
            }
            withCloseButton
            onClose={propose.reset}
          >
            <Stack gap={2}>
              {result.created.map((c) => (
                <Text key={c.mentorshipId} size="sm">
                  {c.names.join(' and ')}: proposed, in Mentorships.
                </Text>
              ))}
              {result.skipped.map((s) => (
                <Text key={s.names.join('-')} size="sm">
                  {s.names.join(' and ')}: {s.reason}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </Section>

      <Modal opened={startingGroup} onClose={groupModal.close} title="Start a peer group from this workshop" size="lg">
        {startingGroup && <StartPeerGroupForm w={w} candidates={seated} onDone={groupModal.close} />}
      </Modal>
    </Stack>
  );
}

/** The partners one participant would like to keep meeting; each change is saved at once. */
function WishesPicker({ p, partners }: { p: WorkshopParticipant; partners: WorkshopParticipant[] }) {
  const save = useOperationMutation('workshops.setWishes', {
    onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
  });
  return (
    <MultiSelect
      size="xs"
      aria-label={`Partners ${p.name} would like to keep meeting`}
      placeholder={p.wishes.length === 0 ? 'No one chosen' : undefined}
      data={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
      value={p.wishes.map(String)}
      onChange={(ids) => save.mutate({ participantId: p.id, partnerIds: ids.map(Number) })}
    />
  );
}
