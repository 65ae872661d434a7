import type { Generated } from 'kysely';

/** Tables of finding mentors and of self-reported demographics (migration 0006_matching), as Kysely sees them. */
export interface MentorAvailabilityTable {
  faculty_id: number;
  available: Generated<number>;
  /** Null: the program's mentee warning threshold. */
  capacity: number | null;
  updated_at: string;
}

export interface FacultyReportsToTable {
  faculty_id: number;
  /** supervisor | chair */
  relation: string;
  manager_id: number;
  updated_at: string;
}

export interface NeverPairsTable {
  id: Generated<number>;
  /** The lower of the two faculty ids. */
  person_a_id: number;
  person_b_id: number;
  /** Confidential. */
  reason: string;
  created_at: string;
}

export interface InterestSynonymsTable {
  term: string;
  canonical: string;
}

export interface MatchingSettingsTable {
  program_id: number;
  /** above | same_or_above | any */
  rank_rule: string;
  recent_pair_years: number;
  /** Thousandths (0–1000). */
  min_score: number;
  /** JSON: criterion → whole-number weight. */
  weights: string;
  updated_at: string;
}

export interface MenteeRequestsTable {
  mentee_id: number;
  /** JSON array of faculty ids. */
  mentor_ids: Generated<string>;
  department: string | null;
  /** JSON array of topics. */
  topics: Generated<string>;
  /** Confidential. */
  note: string | null;
  /** office | survey */
  source: string;
  updated_at: string;
}

/** Confidential, self-reported; see electron/common/demographics.ts. */
export interface FacultyDemographicsTable {
  faculty_id: number;
  gender: string | null;
  /** JSON array of codes. */
  race_ethnicity: Generated<string>;
  underrepresented: number | null;
  first_generation: number | null;
  identity_matching_opt_in: Generated<number>;
  updated_at: string;
}

export interface MatchBatchesTable {
  id: Generated<number>;
  program_id: number;
  kind: string;
  actor: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface MatchBatchPairsTable {
  id: Generated<number>;
  batch_id: number;
  mentorship_id: number | null;
  mentee_id: number;
  mentor_id: number;
  /** Thousandths. */
  score: number;
  written_at: string;
}

export interface MatchingTables {
  mentor_availability: MentorAvailabilityTable;
  faculty_reports_to: FacultyReportsToTable;
  never_pairs: NeverPairsTable;
  interest_synonyms: InterestSynonymsTable;
  matching_settings: MatchingSettingsTable;
  mentee_requests: MenteeRequestsTable;
  faculty_demographics: FacultyDemographicsTable;
  match_batches: MatchBatchesTable;
  match_batch_pairs: MatchBatchPairsTable;
}
