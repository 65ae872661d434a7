import { Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Faculty } from '@contract/faculty';
import { matchKinds, type MatchKind, type ScoredMentor } from '@contract/matching';
import { defaultCadenceDays, mentorshipKindLabels } from '@contract/mentorships';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { todayIso } from '../shell/records';
import { MentorSuggestions } from './MentorSuggestions';
import { likelyProgram, openPrograms } from './programChoice';
import { scorePercent } from './ScoreBar';

/**
 * "Suggested mentors" on a person's page: the best five under a program's
 * rules. Proposing one records a proposed mentorship (the pair has not
 * agreed yet), after the office confirms.
 */
export function PersonSuggestions({ person }: { person: Faculty }) {
  const programs = useOperation('programs.list', {});
  const open = openPrograms(programs.data);
  const [chosenProgram, setProgram] = useState<number | null>(null);
  const [kind, setKind] = useState<MatchKind>('mentor');
  const programId = chosenProgram ?? likelyProgram(open, person.rank)?.id ?? null;
  const create = useOperationMutation('mentorships.create');
  const navigate = useNavigate();

  const propose = (s: ScoredMentor) =>
    openConfirmModal({
      title: `Propose ${s.mentor.name} as ${person.name}’s ${kind}?`,
      children: (
        <Text size="sm">
          This records a proposed {kind}ship starting today (score {scorePercent(s.score)}%). Nothing is sent to either
          person; mark it active once they have agreed.
        </Text>
      ),
      labels: { confirm: 'Propose', cancel: 'Cancel' },
      onConfirm: () =>
        create.mutate(
          {
            mentorId: s.mentor.id,
            menteeId: person.id,
            kind,
            programId: programId!,
            startDate: todayIso(),
            plannedEnd: null,
            cadenceDays: defaultCadenceDays,
            notes: null,
            status: 'proposed',
          },
          {
            onSuccess: (saved) => {
              notifications.show({
                color: 'teal',
                title: 'Proposed mentorship added',
                message: `${saved.mentor.name} with ${saved.mentee.name}`,
              });
              void navigate(`/mentorships/${saved.id}`);
            },
            onError: (error) => notifications.show({ color: 'red', title: 'Not added', message: errorMessage(error) }),
          },
        ),
    });

  if (!person.active) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Suggested mentors">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3">
            Suggested mentors
          </Title>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              size="xs"
              aria-label="Kind"
              value={kind}
              onChange={(v) => setKind(v as MatchKind)}
              data={matchKinds.map((k) => ({ value: k, label: mentorshipKindLabels[k] }))}
            />
            <Select
              size="xs"
              label="Program"
              allowDeselect={false}
              w={320}
              data={open.map((p) => ({ value: String(p.id), label: p.name }))}
              value={programId ? String(programId) : null}
              onChange={(v) => setProgram(v ? Number(v) : null)}
            />
          </Group>
        </Group>
        {programId === null ? (
          <Text size="sm" c="dimmed">
            Suggestions follow a program’s rules. Add a program under Mentorships › Programs to see them.
          </Text>
        ) : (
          <MentorSuggestions
            menteeId={person.id}
            programId={programId}
            kind={kind}
            onChoose={propose}
            chooseLabel="Propose"
            choosingId={create.isPending ? (create.variables?.mentorId ?? null) : null}
          />
        )}
      </Stack>
    </Paper>
  );
}
