import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import type { ImportIssue, ImportPreview, MissingPerson, ReviewRow, RosterChange } from '@core/imports/contract';
import { formatCount } from '../../faculty/format';
import { toggled, type ReviewDecisions } from './decisions';
import { EffectsPanel } from './EffectsPanel';
import { PreviewList } from './PreviewList';
import { ReviewRowItem } from './ReviewRowItem';
import { IssueItem, MissingPersonItem, RosterChangeItem } from './simpleItems';

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
          {preview.reviewCount === 0 ? (
            <Text c="dimmed">Every row matched one person. Nothing to decide here.</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                These rows match several people, or no one. Ambiguous rows are never linked on a guess: choose who each
                one is, or leave the default.
              </Text>
              <PreviewList<ReviewRow>
                previewId={preview.previewId}
                section="review"
                total={preview.reviewCount}
                label="Rows to decide"
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
              </PreviewList>
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="sm">
          {preview.changeCount === 0 ? (
            <Text c="dimmed">No one’s record changes.</Text>
          ) : (
            <PreviewList<RosterChange>
              previewId={preview.previewId}
              section="changes"
              total={preview.changeCount}
              label="Roster changes"
              estimateSize={60}
            >
              {(change) => <RosterChangeItem change={change} />}
            </PreviewList>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="missing" pt="sm">
          {preview.missingCount === 0 ? (
            <Text c="dimmed">Everyone active in Trellis is in this roster.</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                These people are active in Trellis but not in this roster. They stay as they are unless you tick them;
                nobody is ever deleted.
              </Text>
              <PreviewList<MissingPerson>
                previewId={preview.previewId}
                section="missing"
                total={preview.missingCount}
                label="People not in this roster"
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
              </PreviewList>
            </Stack>
          )}
        </Tabs.Panel>
        {preview.survey && (
          <Tabs.Panel value="effects" pt="sm">
            <EffectsPanel preview={preview} decisions={decisions} onChange={onChange} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="issues" pt="sm">
          {issueCount === 0 ? (
            <Text c="dimmed">No problems found.</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                Rows with an error are left out (you can save them to a workbook after importing); warnings say what
                Trellis did.
              </Text>
              <PreviewList<ImportIssue>
                previewId={preview.previewId}
                section="issues"
                total={issueCount}
                label="Problems found"
                estimateSize={32}
              >
                {(issue) => <IssueItem issue={issue} />}
              </PreviewList>
            </Stack>
          )}
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
