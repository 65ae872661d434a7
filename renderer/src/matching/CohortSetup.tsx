import { Button, Group, Paper, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ProgramWithCounts } from '@contract/programs';
import { matchKinds, type MatchKind } from '@contract/matching';
import { mentorshipKindLabels } from '@contract/mentorships';
import type { PersonRef } from '@common/records';
import { IconWand } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { CohortChoice } from './cohortInput';
import { PeoplePicker } from './PeoplePicker';

interface Props {
  programs: ProgramWithCounts[];
  onPropose: (choice: CohortChoice) => void;
}

/** Step one of matching a cohort: the program, whom to match, and who may mentor them. */
export function CohortSetup({ programs, onPropose }: Props) {
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [kind, setKind] = useState<MatchKind>('mentor');
  const [menteeMode, setMenteeMode] = useState<'audience' | 'picked'>('audience');
  const [mentees, setMentees] = useState<PersonRef[]>([]);
  const [poolMode, setPoolMode] = useState<'everyone' | 'picked'>('everyone');
  const [mentors, setMentors] = useState<PersonRef[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!programId) return setProblem('Choose the program.');
    if (menteeMode === 'picked' && mentees.length === 0) return setProblem('Choose at least one mentee.');
    if (poolMode === 'picked' && mentors.length === 0) return setProblem('Choose at least one possible mentor.');
    setProblem(null);
    onPropose({
      programId,
      kind,
      mentees: menteeMode === 'picked' ? mentees : null,
      mentors: poolMode === 'picked' ? mentors : null,
    });
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} aria-label="Cohort to match" noValidate>
        <Stack gap="md">
          <Group align="flex-end" gap="md">
            <Select
              label="Program"
              required
              allowDeselect={false}
              w={380}
              data={programs.map((p) => ({ value: String(p.id), label: p.name }))}
              value={programId ? String(programId) : null}
              onChange={(v) => setProgramId(v ? Number(v) : null)}
            />
            <SegmentedControl
              aria-label="Kind"
              value={kind}
              onChange={(v) => setKind(v as MatchKind)}
              data={matchKinds.map((k) => ({ value: k, label: mentorshipKindLabels[k] }))}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Radio.Group label="Mentees" value={menteeMode} onChange={(v) => setMenteeMode(v as 'audience' | 'picked')}>
              <Stack gap={8} mt={6}>
                <Radio value="audience" label="Everyone in the program’s audience without a mentor or a proposed one" />
                <Radio value="picked" label="People I choose" />
                {menteeMode === 'picked' && (
                  <PeoplePicker label="Add a mentee" people={mentees} onChange={setMentees} />
                )}
              </Stack>
            </Radio.Group>
            <Radio.Group label="Mentor pool" value={poolMode} onChange={(v) => setPoolMode(v as 'everyone' | 'picked')}>
              <Stack gap={8} mt={6}>
                <Radio value="everyone" label="Every active person who is available to mentor" />
                <Radio value="picked" label="Only people I choose" />
                {poolMode === 'picked' && (
                  <PeoplePicker label="Add a possible mentor" people={mentors} onChange={setMentors} />
                )}
              </Stack>
            </Radio.Group>
          </SimpleGrid>
          <Group justify="space-between">
            <Text size="sm" c={problem ? 'red' : 'dimmed'} role={problem ? 'alert' : undefined}>
              {problem ??
                'Trellis finds the pairs with the best total score that break none of the program’s rules. Nothing is saved until you publish.'}
            </Text>
            <Button type="submit" leftSection={<IconWand size={16} />}>
              Propose pairs
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
