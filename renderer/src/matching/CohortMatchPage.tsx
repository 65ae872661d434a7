import { Alert, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { CohortProposal } from '@contract/matching';
import { IconRefresh, IconSchool, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { formatCount } from '../faculty/format';
import { AreaTabs } from '../mentorships/AreaTabs';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { CohortSetup } from './CohortSetup';
import { proposeInput, samePairs, togglePair, type CohortChoice, type PairKey } from './cohortInput';
import { MatchBatches } from './MatchBatches';
import { openPrograms } from './programChoice';
import { ProposalTable } from './ProposalTable';
import { scorePercent } from './ScoreBar';

interface Review {
  locks: PairKey[];
  exclusions: PairKey[];
}
const noReview: Review = { locks: [], exclusions: [] };

/**
 * Matching a program's cohort at once: choose whom, propose, review (lock,
 * exclude, re-run around the locks), publish as one batch of proposed
 * mentorships, and undo a batch while none of its pairs has changed.
 */
export function CohortMatchPage() {
  useDocumentTitle('Match a cohort · Trellis');
  const programs = useOperation('programs.list', {});
  const [choice, setChoice] = useState<CohortChoice | null>(null);
  const [applied, setApplied] = useState<Review>(noReview);
  const [draft, setDraft] = useState<Review>(noReview);
  const proposal = useOperation(
    'matching.cohort.propose',
    proposeInput(
      choice ?? { programId: 1, kind: 'mentor', mentees: [], mentors: null },
      applied.locks,
      applied.exclusions,
    ),
    { enabled: choice !== null, keepPrevious: true },
  );

  const start = (next: CohortChoice) => {
    setChoice(next);
    setApplied(noReview);
    setDraft(noReview);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Mentorships"
        description="Match a cohort: the best pairs for a whole program at once, under its rules."
      />
      <AreaTabs current="match" />
      <QueryState
        query={programs}
        failure="The programs could not be loaded"
        isEmpty={(all) => openPrograms(all).length === 0}
        empty={
          <EmptyState
            py="xl"
            icon={<IconSchool size={28} />}
            withIndicatorBackground
            title="No open program to match in"
            description="A cohort is matched under a program’s rules. Add a program first."
          >
            <EmptyState.Actions>
              <Button component={Link} to="/mentorships/programs">
                Go to programs
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(all) => <CohortSetup programs={openPrograms(all)} onPropose={start} />}
      </QueryState>
      {choice && (
        <QueryState
          query={proposal}
          failure="The pairs could not be proposed"
          failureAction={
            <Button variant="default" size="xs" mt="sm" onClick={() => start(choice)}>
              Start again without locks or exclusions
            </Button>
          }
          loadingLabel="Proposing pairs"
        >
          {(found) => (
            <Review
              proposal={found}
              draft={draft}
              dirty={!samePairs(draft.locks, applied.locks) || !samePairs(draft.exclusions, applied.exclusions)}
              rerunning={proposal.isFetching}
              onDraft={setDraft}
              onRerun={() => setApplied(draft)}
              onPublished={() => setChoice(null)}
            />
          )}
        </QueryState>
      )}
      <MatchBatches programId={undefined} />
    </Stack>
  );
}

interface ReviewProps {
  proposal: CohortProposal;
  draft: Review;
  dirty: boolean;
  rerunning: boolean;
  onDraft: (review: Review) => void;
  onRerun: () => void;
  onPublished: () => void;
}

function Review({ proposal, draft, dirty, rerunning, onDraft, onRerun, onPublished }: ReviewProps) {
  const publish = useOperationMutation('matching.cohort.publish');
  const { summary } = proposal;
  const pairs = formatCount(proposal.pairs.length, 'pair', 'pairs');

  const confirmPublish = () =>
    openConfirmModal({
      title: `Publish ${pairs}?`,
      children: (
        <Text size="sm">
          Each pair becomes a proposed mentorship in {proposal.program.name}, starting today, all in one batch. You can
          undo the batch as one until any of its pairs changes.
        </Text>
      ),
      labels: { confirm: 'Publish', cancel: 'Cancel' },
      onConfirm: () =>
        publish.mutate(
          {
            programId: proposal.program.id,
            kind: proposal.kind,
            pairs: proposal.pairs.map((p) => ({ menteeId: p.mentee.id, mentorId: p.mentor.id })),
          },
          {
            onSuccess: (batch) => {
              notifications.show({
                color: 'teal',
                title: 'Cohort published',
                message: `${formatCount(batch.mentorshipIds.length, 'proposed mentorship', 'proposed mentorships')} added`,
              });
              onPublished();
            },
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not published', message: errorMessage(error) }),
          },
        ),
    });

  return (
    <Stack gap="md" component="section" aria-label="Proposal">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" data-testid="proposal-summary">
          {summary.matched} of {formatCount(summary.mentees, 'mentee', 'mentees')} matched from a pool of{' '}
          {formatCount(summary.poolSize, 'person', 'people')}
          {summary.averageScore !== null && ` · average score ${scorePercent(summary.averageScore)}%`}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            disabled={!dirty}
            loading={rerunning}
            onClick={onRerun}
          >
            Re-run around locks
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            disabled={dirty || proposal.pairs.length === 0}
            loading={publish.isPending}
            onClick={confirmPublish}
          >
            Publish {pairs}
          </Button>
        </Group>
      </Group>
      {dirty && (
        <Alert color="blue" title="Re-run to see the changes">
          Your locks and exclusions take effect when you re-run; publish what you see after that.
        </Alert>
      )}
      {proposal.pairs.length === 0 ? (
        <Alert color="gray" title="No pairs to propose">
          No mentee could be given a mentor under the program’s rules. The list below says why for each.
        </Alert>
      ) : null}
      <ProposalTable
        proposal={proposal}
        locks={draft.locks}
        exclusions={draft.exclusions}
        onToggleLock={(pair) => onDraft({ ...draft, locks: togglePair(draft.locks, pair) })}
        onToggleExclude={(pair) => onDraft({ ...draft, exclusions: togglePair(draft.exclusions, pair) })}
      />
    </Stack>
  );
}
