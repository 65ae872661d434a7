import type { Generated } from 'kysely';

/** Tables of speed peer-mentoring workshops (migration 0007_workshops), as Kysely sees them. */
export interface WorkshopsTable {
  id: Generated<number>;
  program_id: number;
  title: string;
  held_on: string;
  /** HH:MM, local time. */
  starts_at: string | null;
  place: string | null;
  round_minutes: Generated<number>;
  round_count: Generated<number>;
  /** Null: every pair (and the trio) has a table of its own. */
  table_count: number | null;
  /** The seed of the last plan, so the same plan can be made again. */
  plan_seed: number | null;
  planned_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkshopFacilitatorsTable {
  workshop_id: number;
  position: number;
  /** A facilitator from the directory, or… */
  faculty_id: number | null;
  /** …someone who is not in it (office staff, a guest). */
  name: string | null;
}

export interface WorkshopParticipantsTable {
  id: Generated<number>;
  workshop_id: number;
  /** Null for a walk-in who is not in the directory (yet). */
  faculty_id: number | null;
  /** What is known of a walk-in; null for people from the directory. */
  name: string | null;
  email: string | null;
  department: string | null;
  /** directory | signup | walk_in */
  source: string;
  checked_in_at: string | null;
  left_at: string | null;
  created_at: string;
}

export interface WorkshopSeatsTable {
  workshop_id: number;
  round: number;
  /** The pair or trio within the round (1…). */
  group_number: number;
  table_number: number;
  participant_id: number;
}

export interface WorkshopWishesTable {
  participant_id: number;
  partner_id: number;
  created_at: string;
}

export interface WorkshopTables {
  workshops: WorkshopsTable;
  workshop_facilitators: WorkshopFacilitatorsTable;
  workshop_participants: WorkshopParticipantsTable;
  workshop_seats: WorkshopSeatsTable;
  workshop_wishes: WorkshopWishesTable;
}
