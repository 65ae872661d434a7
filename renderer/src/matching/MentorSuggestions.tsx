import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { MatchKind, ScoredMentor } from '@contract/matching';
import { IconUserPlus } from '@tabler/icons-react';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { PersonLink } from '../shell/records';
import { LeftOutList } from './LeftOutList';
import { ReasonChips } from './ReasonChips';
import { ScoreBar } from './ScoreBar';

interface Props {
  menteeId: number;
  programId: number;
  kind: MatchKind;
  /** What choosing a suggestion does (create a proposed pair, or fill in a form). */
  onChoose: (suggestion: ScoredMentor) => void;
  chooseLabel: string;
  /** The mentor being saved, whose button shows it is busy. */
  choosingId?: number | null;
}

/**
 * The best five mentors for one mentee under a program's rules, each with its
 * score and reasons, and the people left out. A suggestion is only a
 * suggestion: nothing is created until staff choose one.
 */
export function MentorSuggestions({ menteeId, programId, kind, onChoose, chooseLabel, choosingId }: Props) {
  const result = useOperation('matching.suggest', { menteeId, programId, kind, limit: 5, leftOutLimit: 25 });
  return (
    <QueryState query={result} failure="Suggestions could not be made" loadingLabel="Finding mentors">
      {(found) => (
        <Stack gap="sm">
          {found.suggestions.length === 0 ? (
            <Alert color="gray" title="No one fits this program’s rules">
              No active person who is available, senior enough and under capacity reaches the program’s minimum score.
              Look at who was left out below, mark more people as available to mentor, or loosen the program’s matching
              settings.
            </Alert>
          ) : (
            <Stack gap="xs" role="list" aria-label="Suggested mentors">
              {found.suggestions.map((s) => (
                <Paper key={s.mentor.id} withBorder radius="md" p="sm" role="listitem" aria-label={s.mentor.name}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={4}>
                      <Group gap="xs">
                        <PersonLink person={s.mentor} />
                        <Text size="xs" c="dimmed">
                          {s.mentor.rank} · {s.mentor.department}
                        </Text>
                      </Group>
                      <ReasonChips reasons={s.reasons} />
                    </Stack>
                    <Group gap="sm" wrap="nowrap">
                      <ScoreBar score={s.score} label={`Score for ${s.mentor.name}`} />
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconUserPlus size={14} />}
                        loading={choosingId === s.mentor.id}
                        onClick={() => onChoose(s)}
                        aria-label={`${chooseLabel}: ${s.mentor.name}`}
                      >
                        {chooseLabel}
                      </Button>
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            {found.eligibleCount} {found.eligibleCount === 1 ? 'person passes' : 'people pass'} every rule of{' '}
            {found.program.name}.
          </Text>
          <LeftOutList result={found} />
        </Stack>
      )}
    </QueryState>
  );
}
