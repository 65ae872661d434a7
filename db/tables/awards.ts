import type { Generated } from 'kysely';

/** Tables of mentoring awards and document images (migration 0005_awards_documents), as Kysely sees them. */
export interface AwardTypesTable {
  id: Generated<number>;
  name: string;
  /** department | school | university */
  level: string;
  description: string | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AwardCyclesTable {
  id: Generated<number>;
  award_type_id: number;
  year: number;
  opens_on: string;
  closes_on: string;
  criteria: Generated<string>;
  max_support_letters: Generated<number>;
  /** Pages allowed per letter; null means no limit. */
  letter_page_limit: Generated<number | null>;
  statement_page_limit: number | null;
  packet_page_limit: number | null;
  created_at: string;
  updated_at: string;
}

export interface AwardNominationsTable {
  id: Generated<number>;
  cycle_id: number;
  nominee_id: number;
  nominator_id: number;
  /** Confidential. */
  statement: Generated<string>;
  /** draft | submitted | under_review | selected | not_selected */
  status: Generated<string>;
  submitted_on: string | null;
  decided_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface NominationLettersTable {
  id: Generated<number>;
  nomination_id: number;
  /** nomination | support | cv */
  kind: string;
  title: string;
  author: string | null;
  file_name: string;
  pages: number;
  sha256: string;
  bytes: Buffer;
  position: number;
  created_at: string;
}

export interface NominationCommentsTable {
  id: Generated<number>;
  nomination_id: number;
  survey_id: number | null;
  question_key: string | null;
  /** Confidential. */
  text: string;
  position: number;
  created_at: string;
}

export interface DocumentImagesTable {
  /** letterhead.logo | letterhead.signature */
  key: string;
  mime_type: string;
  bytes: Buffer;
  updated_at: string;
}

export interface AwardTables {
  award_types: AwardTypesTable;
  award_cycles: AwardCyclesTable;
  award_nominations: AwardNominationsTable;
  nomination_letters: NominationLettersTable;
  nomination_comments: NominationCommentsTable;
  document_images: DocumentImagesTable;
}
