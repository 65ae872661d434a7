import { Checkbox, Stack, Text } from '@mantine/core';
import type { EffectKind, ImportPreview, ProposedEffect } from '@contract/imports';
import { formatCount } from '../../faculty/format';
import { toggled, type ReviewDecisions } from './decisions';
import { PreviewList } from './PreviewList';
import { EffectItem } from './simpleItems';

/** The annual survey's consequences for mentoring records: listed, and applied only when ticked. */
export function EffectsPanel({
  preview,
  decisions,
  onChange,
}: {
  preview: ImportPreview;
  decisions: ReviewDecisions;
  onChange: (decisions: ReviewDecisions) => void;
}) {
  const effects = preview.survey!.effects;
  const topics = effects.peerTopicInterest.reduce((n, t) => n + t.count, 0);
  const kinds: { kind: EffectKind; count: number; label: string }[] = [
    {
      kind: 'changeRequest',
      count: effects.changeRequests,
      label: `Open a change request for the ${formatCount(effects.changeRequests, 'person', 'people')} who want to change mentor`,
    },
    {
      kind: 'peerTopicInterest',
      count: topics,
      label: `Add ${formatCount(topics, 'interest', 'interests')} in peer-group topics to each topic’s interest list (${effects.peerTopicInterest.map((t) => `${t.topic}: ${t.count}`).join(', ') || 'none'})`,
    },
    {
      kind: 'noMentor',
      count: effects.noMentor,
      label: `List the ${formatCount(effects.noMentor, 'person', 'people')} who say they have no mentor on the dashboard`,
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Nothing here happens unless you tick it.
        {effects.needLink > 0 &&
          ` ${formatCount(effects.needLink, 'more answer', 'more answers')} would count once the respondent is linked to a person.`}
      </Text>
      {kinds.map((k) => (
        <Checkbox
          key={k.kind}
          label={k.label}
          disabled={k.count === 0}
          checked={decisions.acceptEffects.includes(k.kind)}
          onChange={(e) =>
            onChange({ ...decisions, acceptEffects: toggled(decisions.acceptEffects, k.kind, e.currentTarget.checked) })
          }
        />
      ))}
      {preview.effectCount > 0 && (
        <PreviewList<ProposedEffect>
          previewId={preview.previewId}
          section="effects"
          total={preview.effectCount}
          label="Proposed survey effects"
          estimateSize={34}
          height={260}
        >
          {(effect) => <EffectItem effect={effect} />}
        </PreviewList>
      )}
    </Stack>
  );
}
