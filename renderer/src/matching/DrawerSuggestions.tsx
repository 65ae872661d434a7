import { Divider, Stack, Text } from '@mantine/core';
import { matchKinds, type MatchKind, type ScoredMentor } from '@contract/matching';
import { MentorSuggestions } from './MentorSuggestions';

interface Props {
  menteeId: number | undefined;
  programId: number | undefined;
  kind: string | undefined;
  onChoose: (suggestion: ScoredMentor) => void;
  choosingId: number | null;
}

const isMatchKind = (kind: string | undefined): kind is MatchKind => matchKinds.includes(kind as MatchKind);

/**
 * Suggestions inside "New mentorship", once the mentee and program are
 * chosen: proposing one saves the form as a proposed pair with that mentor.
 * Peers choose each other, so there are none for peer pairs.
 */
export function DrawerSuggestions({ menteeId, programId, kind, onChoose, choosingId }: Props) {
  if (!isMatchKind(kind)) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Suggested mentors">
      <Divider label="Suggested mentors" labelPosition="left" />
      {menteeId && programId ? (
        <MentorSuggestions
          menteeId={menteeId}
          programId={programId}
          kind={kind}
          onChoose={onChoose}
          chooseLabel="Propose"
          choosingId={choosingId}
        />
      ) : (
        <Text size="sm" c="dimmed">
          Choose the mentee and the program to see who fits best.
        </Text>
      )}
    </Stack>
  );
}
