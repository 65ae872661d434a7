import type { Demographics } from '../../common/demographics';
import type { CareerStage, Rank } from '../../common/ranks';
import type { MatchingSettings } from './settings';

/**
 * The facts matching works on, loaded once per request (roster.ts) and then
 * used by pure code only (rules, score, suggest, cohort): the same facts give
 * the same answer, and property tests can build them directly.
 */

export type ReportingRelation = 'supervisor' | 'chair';

export interface MatchPerson {
  id: number;
  name: string;
  department: string;
  rank: Rank;
  careerStage: CareerStage;
  active: boolean;
  /** Interest key (normalised, synonyms applied) → the person's own words. */
  interests: ReadonlyMap<string, string>;
  /** Their "available to mentor" flag. */
  available: boolean;
  /** How many mentees they take at once (their own setting, else the program's). */
  capacity: number;
  /** Open (proposed or active) mentor and sponsor pairs in which they are the mentor. */
  mentees: number;
  /** Self-reported; loaded only when a mentee opted in to identity criteria. */
  identity: Demographics | null;
}

/** What has been between one mentor and this mentee before. */
export interface PairHistory {
  /** A mentor or sponsor pair that is proposed or active now. */
  open: boolean;
  /** The latest end date of an ended pair, if any. */
  lastEndedOn: string | null;
  /** Some pair of theirs ended through a change request (honoured, so never proposed again). */
  endedThroughChangeRequest: boolean;
}

export interface MenteeRequestFacts {
  mentorIds: ReadonlySet<number>;
  department: string | null;
  /** Topic key → the words used. */
  topics: ReadonlyMap<string, string>;
}

export interface MenteeFacts {
  person: MatchPerson;
  reportsTo: ReadonlyMap<number, ReportingRelation>;
  /** Has an open mentor pair with someone of their own department (seed 004). */
  hasInsideDepartmentMentor: boolean;
  request: MenteeRequestFacts | null;
  /** By mentor id. */
  history: ReadonlyMap<number, PairHistory>;
  /** People the office will never pair with this mentee. */
  neverWith: ReadonlySet<number>;
}

export interface MatchContext {
  settings: MatchingSettings;
  today: string;
}

/** A mentee and a mentor, by id: a lock, an exclusion, or a pair to publish. */
export interface PairRef {
  menteeId: number;
  mentorId: number;
}
