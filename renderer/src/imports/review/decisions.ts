import type { CommitDecisions, RowDecision } from '@contract/imports';

/** What the person decided on the review step; only choices that differ from the defaults are kept. */
export interface ReviewDecisions {
  rows: Record<number, RowDecision>;
  deactivate: number[];
  acceptEffects: string[];
}

export const noDecisions: ReviewDecisions = { rows: {}, deactivate: [], acceptEffects: [] };

export function commitDecisionsOf(decisions: ReviewDecisions): CommitDecisions {
  return {
    rows: Object.values(decisions.rows),
    deactivate: decisions.deactivate,
    acceptEffects: decisions.acceptEffects,
    rememberMapping: true,
  };
}

export function toggled<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}
