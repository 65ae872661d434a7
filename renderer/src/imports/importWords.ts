import type { BatchSummary, ImportKind } from '@contract/imports';
import { formatCount } from '../faculty/format';

export const importKindLabels: Record<ImportKind, string> = {
  roster: 'Faculty roster',
  survey: 'Survey responses',
};

/** What undoing a batch will do, in the office's words, from what the batch recorded. */
export function undoConsequences(batch: Pick<BatchSummary, 'kind' | 'counts'>): string[] {
  const { inserted, updated, deactivated } = batch.counts;
  if (batch.kind === 'roster') {
    return [
      `Removes the ${formatCount(inserted, 'person', 'people')} this import added.`,
      `Restores the ${formatCount(updated, 'person', 'people')} it updated to what they were before.`,
      ...(deactivated > 0
        ? [`Sets the ${formatCount(deactivated, 'person', 'people')} it set inactive active again.`]
        : []),
      'If any of them has been edited since or is linked to later records, Trellis stops and tells you, and nothing changes.',
    ];
  }
  return [
    `Removes the ${formatCount(inserted, 'survey response', 'survey responses')} this import added, with any change requests, interest lists and no-mentor notes it created.`,
    ...(updated > 0
      ? [`Brings back the ${formatCount(updated, 'earlier response', 'earlier responses')} it replaced.`]
      : []),
    'If this import created its survey, the survey is removed too.',
  ];
}

/** A refusal's message, ending with the reassurance that nothing changed (core messages often say so already). */
export function nothingChanged(message: string): string {
  return /nothing (was|has been) changed/i.test(message) ? message : `${message} Nothing was changed.`;
}
