import type { OperationInput } from '@contract';
import type { MatchKind } from '@contract/matching';
import type { PersonRef } from '@common/records';

export type CohortInput = OperationInput<'matching.cohort.propose'>;
export interface PairKey {
  menteeId: number;
  mentorId: number;
}

/** What the office chose before proposing: the program, the mentees and the mentor pool. */
export interface CohortChoice {
  programId: number;
  kind: MatchKind;
  /** Null: everyone in the program's audience without a mentor. */
  mentees: PersonRef[] | null;
  /** Null: every active person but the mentees. */
  mentors: PersonRef[] | null;
}

export function proposeInput(choice: CohortChoice, locks: PairKey[], exclusions: PairKey[]): CohortInput {
  return {
    programId: choice.programId,
    kind: choice.kind,
    ...(choice.mentees ? { menteeIds: choice.mentees.map((p) => p.id) } : { withoutMentor: true }),
    ...(choice.mentors ? { mentorIds: choice.mentors.map((p) => p.id) } : {}),
    locks,
    exclusions,
  };
}

export const samePair = (a: PairKey, b: PairKey) => a.menteeId === b.menteeId && a.mentorId === b.mentorId;

/** Adds the pair, or takes it away when it is there already. */
export function togglePair(list: PairKey[], pair: PairKey): PairKey[] {
  return list.some((p) => samePair(p, pair)) ? list.filter((p) => !samePair(p, pair)) : [...list, pair];
}

export function samePairs(a: PairKey[], b: PairKey[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => samePair(p, q)));
}
