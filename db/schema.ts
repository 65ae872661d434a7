import type { Generated } from 'kysely';
import type { AwardTables } from './tables/awards';
import type { ImportTables } from './tables/imports';
import type { MatchingTables } from './tables/matching';
import type { WorkshopTables } from './tables/workshops';

/** The current shape of the database, as Kysely sees it. Migrations do not use these types. */
export interface FacultyTable {
  id: Generated<number>;
  name: string;
  email: string;
  employee_id: string | null;
  department: string;
  division: string | null;
  rank: string;
  track: string | null;
  appointment_start: string | null;
  career_stage: string;
  /** 1 when staff chose the stage; 0 when it is derived from rank and years. */
  career_stage_set: number;
  /** JSON array of strings. */
  interests: string;
  first_time_leader: number;
  active: number;
  /** Lower-cased, accent-free name, email, department and employee id, for search. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

/** A hash chain since 0008 (db/auditChain.ts): ids are given by the writer, one after the other. */
export interface AuditLogTable {
  id: number;
  at: string;
  /** Who did it: today the account that unlocked; with named staff, the staff member. */
  actor: string;
  operation: string;
  record_type: string;
  record_id: string;
  /** The hash of the entry before (genesisHash for the first). */
  prev_hash: string;
  /** SHA-256 over this entry's canonical content, prev_hash included. */
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Mentoring records (migration 0002). Dates are `YYYY-MM-DD`; booleans 0/1. */
export interface ProgramsTable {
  id: Generated<number>;
  name: string;
  /** The office or department that runs the program. */
  sponsor: string;
  vision: string | null;
  mission: string | null;
  structure: string | null;
  evaluation_plan: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string;
  max_group_size: Generated<number>;
  /** Warn when a mentor would have more mentees than this. */
  mentee_warning_threshold: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ProgramTargetRanksTable {
  program_id: number;
  rank: string;
}

export interface MentorshipsTable {
  id: Generated<number>;
  mentor_id: number;
  mentee_id: number;
  kind: string;
  program_id: number;
  start_date: string;
  planned_end: string | null;
  cadence_days: Generated<number>;
  status: string;
  end_reason: string | null;
  ended_on: string | null;
  next_review_on: string | null;
  /** Confidential. */
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface MentorshipGoalsTable {
  id: Generated<number>;
  mentorship_id: number;
  text: string;
  status: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface MentorshipReviewsTable {
  id: Generated<number>;
  mentorship_id: number;
  reviewed_on: string;
  outcome: string;
  /** Confidential. */
  note: string | null;
  created_at: string;
}

export interface MeetingsTable {
  id: Generated<number>;
  /** Exactly one of mentorship_id and peer_group_id is set. */
  mentorship_id: number | null;
  peer_group_id: number | null;
  held_on: string;
  duration_minutes: number;
  /** JSON array of strings. */
  topics: Generated<string>;
  /** Confidential. */
  notes: string | null;
  created_at: string;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  faculty_id: number;
  attended: number;
}

export interface ChangeRequestsTable {
  id: Generated<number>;
  mentorship_id: number;
  raised_by: string;
  raised_on: string;
  /** Confidential. */
  reason: string;
  status: Generated<string>;
  resolution: string | null;
  /** Confidential. */
  resolution_note: string | null;
  handled_by: string | null;
  handled_at: string | null;
  new_mentorship_id: number | null;
  /** The annual review that asked for the change, if any. */
  review_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface PeerGroupsTable {
  id: Generated<number>;
  program_id: number;
  name: string;
  focus: string;
  facilitated: Generated<number>;
  grouping: string | null;
  facilitator_id: number | null;
  phase: Generated<string>;
  schedule: string | null;
  meeting_minutes: number | null;
  logistics: string | null;
  costs_cents: Generated<number>;
  started_on: string;
  status: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface PeerGroupMembersTable {
  id: Generated<number>;
  group_id: number;
  faculty_id: number;
  joined_on: string;
  agreed_attendance: Generated<number>;
  agreed_confidentiality: Generated<number>;
  left_on: string | null;
}

/** Tables of the role–responsibility matrix (migration 0003). */
export interface MatrixColumnsTable {
  id: Generated<number>;
  heading: string;
  position: number;
}

export interface MatrixRolesTable {
  id: Generated<number>;
  name: string;
  position: number;
  person_role: string | null;
}

export interface MatrixResponsibilitiesTable {
  id: Generated<number>;
  role_id: number;
  column_id: number;
  text: string;
  position: number;
}

export interface ProgramRoleHoldersTable {
  id: Generated<number>;
  program_id: number;
  role_id: number;
  faculty_id: number | null;
  office_name: string | null;
}

export interface ProgramResponsibilityStatusTable {
  program_id: number;
  responsibility_id: number;
  status: string;
  status_date: string | null;
  note: string | null;
  updated_at: string;
}

export interface Database extends ImportTables, AwardTables, MatchingTables, WorkshopTables {
  faculty: FacultyTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  programs: ProgramsTable;
  program_target_ranks: ProgramTargetRanksTable;
  mentorships: MentorshipsTable;
  mentorship_goals: MentorshipGoalsTable;
  mentorship_reviews: MentorshipReviewsTable;
  meetings: MeetingsTable;
  meeting_attendance: MeetingAttendanceTable;
  change_requests: ChangeRequestsTable;
  peer_groups: PeerGroupsTable;
  peer_group_members: PeerGroupMembersTable;
  matrix_columns: MatrixColumnsTable;
  matrix_roles: MatrixRolesTable;
  matrix_responsibilities: MatrixResponsibilitiesTable;
  program_role_holders: ProgramRoleHoldersTable;
  program_responsibility_status: ProgramResponsibilityStatusTable;
}
