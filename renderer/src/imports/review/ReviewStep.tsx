import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import type { ImportIssue, ImportPreview, MissingPerson, ReviewRow, RosterChange } from '@contract/imports';
import type { ReactNode } from 'react';
import { formatCount } from '../../faculty/format';
import { toggled, type ReviewDecisions } from './decisions';
import { EffectsPanel } from './EffectsPanel';
import { PreviewList } from './PreviewList';
import { ReviewRowItem } from './ReviewRowItem';
import { IssueItem, MissingPersonItem, RosterChangeItem } from './simpleItems';

/** One tab's list: a line saying there is nothing when it is empty, else what the list is for and the list. */
function ListSection<T>({
  preview,
  section,
  total,
  label,
  empty,
  intro,
  estimateSize,
  children,
}: {
  preview: ImportPreview;
  section: 'issues' | 'review' | 'changes' | 'missing';
  total: number;
  label: string;
  empty: string;
  intro?: string;
  estimateSize: number;
  children: (item: T) => ReactNode;
}) {
  if (total === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs">
      {intro && (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      )}
      <PreviewList<T>
        previewId={preview.previewId}
        section={section}
        total={total}
        label={label}
        estimateSize={estimateSize}
      >
        {children}
      </PreviewList>
    </Stack>
  );
}

/** Step 4: the rows that need a person's decision, what changes, and the problems found; then import. */
export function ReviewStep({
  preview,
  decisions,
  onChange,
  onBack,
  onCommit,
}: {
  preview: ImportPreview;
  decisions: ReviewDecisions;
  onChange: (decisions: ReviewDecisions) => void;
  onBack: () => void;
  onCommit: () => void;
}) {
  const issueCount = preview.summary.errorCount + preview.summary.warningCount;
  const tabs = [
    { value: 'review', label: `People to decide (${preview.reviewCount})`, show: true },
    { value: 'changes', label: `Changes (${preview.changeCount})`, show: preview.kind === 'roster' },
    { value: 'missing', label: `Not in this roster (${preview.missingCount})`, show: preview.kind === 'roster' },
    { value: 'effects', label: `Survey effects (${preview.effectCount})`, show: preview.survey !== null },
    { value: 'issues', label: `Problems (${issueCount})`, show: true },
  ].filter((t) => t.show);
  const decided = Object.keys(decisions.rows).length;

  return (
    <Stack gap="md">
      <Tabs defaultValue="review" keepMounted={false}>
        <Tabs.List>
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="review" pt="sm">
          <ListSection<ReviewRow>
            preview={preview}
            section="review"
            total={preview.reviewCount}
            label="Rows to decide"
            empty="Every row matched one person. Nothing to decide here."
            intro="These rows match several people, or no one. Ambiguous rows are never linked on a guess: choose who each one is, or leave the default."
            estimateSize={64}
          >
            {(row) => (
              <ReviewRowItem
                row={row}
                decision={decisions.rows[row.row]}
                onDecide={(decision) => {
                  const rows = { ...decisions.rows };
                  if (decision) rows[row.row] = decision;
                  else delete rows[row.row];
                  onChange({ ...decisions, rows });
                }}
              />
            )}
          </ListSection>
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="sm">
          <ListSection<RosterChange>
            preview={preview}
            section="changes"
            total={preview.changeCount}
            label="Roster changes"
            empty="No one’s record changes."
            estimateSize={60}
          >
            {(change) => <RosterChangeItem change={change} />}
          </ListSection>
        </Tabs.Panel>
        <Tabs.Panel value="missing" pt="sm">
          <ListSection<MissingPerson>
            preview={preview}
            section="missing"
            total={preview.missingCount}
            label="People not in this roster"
            empty="Everyone active in Trellis is in this roster."
            intro="These people are active in Trellis but not in this roster. They stay as they are unless you tick them; nobody is ever deleted."
            estimateSize={56}
          >
            {(person) => (
              <MissingPersonItem
                person={person}
                checked={decisions.deactivate.includes(person.facultyId)}
                onChange={(on) =>
                  onChange({ ...decisions, deactivate: toggled(decisions.deactivate, person.facultyId, on) })
                }
              />
            )}
          </ListSection>
        </Tabs.Panel>
        {preview.survey && (
          <Tabs.Panel value="effects" pt="sm">
            <EffectsPanel preview={preview} decisions={decisions} onChange={onChange} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="issues" pt="sm">
          <ListSection<ImportIssue>
            preview={preview}
            section="issues"
            total={issueCount}
            label="Problems found"
            empty="No problems found."
            intro="Rows with an error are left out (you can save them to a workbook after importing); warnings say what Trellis did."
            estimateSize={32}
          >
            {(issue) => <IssueItem issue={issue} />}
          </ListSection>
        </Tabs.Panel>
      </Tabs>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Group>
          <Text size="sm" c="dimmed">
            {formatCount(decided, 'decision', 'decisions')} made
            {decisions.deactivate.length > 0 && ` · ${decisions.deactivate.length} to set inactive`}
          </Text>
          <Button onClick={onCommit}>Import now</Button>
        </Group>
      </Group>
    </Stack>
  );
}
