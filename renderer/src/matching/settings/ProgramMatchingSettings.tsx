import { Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { criteria, criterionLabels, rankRuleLabels } from '@contract/matching';
import { IconAdjustments } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useOperation } from '../../api/useOperation';
import { FormDrawer } from '../../forms/FormDrawer';
import { QueryState } from '../../shell/QueryState';
import { Field } from '../../shell/RecordParts';
import { scorePercent } from '../ScoreBar';
import { MatchingSettingsForm } from './MatchingSettingsForm';

/** How a program matches mentors, on its page: the rules, the weights, and the way to a cohort. */
export function ProgramMatchingSettings({ programId }: { programId: number }) {
  const settings = useOperation('matching.settings.get', { programId });
  const [editing, drawer] = useDisclosure(false);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Matching">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Matching
          </Title>
          <Group gap="sm">
            <Button component={Link} to="/mentorships/match" variant="default" size="xs">
              Match a cohort
            </Button>
            <Button size="xs" leftSection={<IconAdjustments size={14} />} onClick={drawer.open}>
              Edit matching settings
            </Button>
          </Group>
        </Group>
        <QueryState query={settings} failure="The matching settings could not be loaded">
          {(s) => (
            <>
              <DataList labelWidth={220} withDivider aria-label="Matching settings">
                <Field label="Who may mentor whom">{rankRuleLabels[s.rankRule]}</Field>
                <Field label="Don’t re-pair within">
                  {s.recentPairYears === 0 ? 'No limit' : `${s.recentPairYears} years`}
                </Field>
                <Field label="Lowest score proposed">{scorePercent(s.minScore)}%</Field>
                <Field label="Weights">
                  <Text inherit>{criteria.map((c) => `${criterionLabels[c]} ${s.weights[c]}`).join(' · ')}</Text>
                </Field>
              </DataList>
              <FormDrawer opened={editing} onClose={drawer.close} title="Matching settings">
                <MatchingSettingsForm programId={programId} settings={s} onDone={drawer.close} />
              </FormDrawer>
            </>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
