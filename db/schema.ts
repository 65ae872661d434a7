import type { Generated } from 'kysely';
import type { ImportTables } from './tables/imports';

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

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  operation: string;
  record_type: string;
  record_id: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database extends ImportTables {
  faculty: FacultyTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}
