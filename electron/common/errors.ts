/**
 * Errors a person can meet. Each carries a stable code (for tests, the CLI's
 * exit path and the UI's branching) and a plain-language message that is shown
 * as-is. Messages never contain confidential record text.
 *
 * This file is shared with the renderer, so it must stay free of Node imports.
 */
export const errorCodes = [
  'WRONG_PASSPHRASE',
  'NOT_A_TRELLIS_DATABASE',
  'KEYSLOTS_MISSING',
  'KEYSLOTS_DAMAGED',
  'DATABASE_EXISTS',
  'DATABASE_MISSING',
  'DATABASE_TOO_NEW',
  'DATABASE_DAMAGED',
  'LOCKED',
  'WEAK_PASSPHRASE',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_OPERATION',
  'FORBIDDEN',
  'INTERNAL',
  // Mentoring rules (issue 3).
  'SELF_MENTORSHIP',
  'DUPLICATE_MENTORSHIP',
  'GROUP_FULL',
  'DATABASE_NOT_EMPTY',
  // Spreadsheet import (electron/core/spreadsheets, electron/core/imports)
  'FILE_NOT_FOUND',
  'FILE_UNSUPPORTED',
  'FILE_PASSWORD_PROTECTED',
  'FILE_LEGACY_XLS',
  'FILE_CORRUPT',
  'FILE_TOO_LARGE',
  'FILE_ZIP_BOMB',
  'FILE_NO_HEADER',
  'IMPORT_CANCELLED',
  // Awards (electron/core/awards)
  'DUPLICATE_NOMINATION',
  'SELF_NOMINATION',
  'CYCLE_CLOSED',
  'LETTER_ENCRYPTED',
  'LETTER_UNREADABLE',
  'LETTER_TOO_LARGE',
  'LETTER_TOO_MANY_PAGES',
  // Documents (electron/core/documents)
  'IMAGE_UNSUPPORTED',
  'IMAGE_TOO_LARGE',
  'NO_MENTORING_IN_PERIOD',
  // Finding mentors (electron/core/matching)
  'MATCH_MENTEE_INACTIVE',
  'MATCH_NO_MENTEES',
  'MATCH_LOCK_NOT_ALLOWED',
  'MATCH_PAIR_NOT_ALLOWED',
  'MATCH_BATCH_UNDONE',
  'MATCH_BATCH_CHANGED',
  'NEVER_PAIR_EXISTS',
  // Speed peer-mentoring workshops (electron/core/workshops)
  'NOT_ENOUGH_PARTICIPANTS',
  'WORKSHOP_NOT_PLANNED',
  'ALREADY_PARTICIPANT',
  'PARTICIPANT_CHECKED_IN',
  'NOT_CHECKED_IN',
  'NOT_A_PARTNER',
  'PARTICIPANT_NOT_IN_DIRECTORY',
  // Writes that survive anything, backups, restore and export (issue 12)
  'DATABASE_BUSY',
  'DATABASE_IN_USE',
  'KEYSLOTS_KDF_OUT_OF_BOUNDS',
  'DISK_FULL',
  'FOLDER_MISSING',
  'FILE_EXISTS',
  'FILE_NOT_WRITABLE',
  'BACKUP_DAMAGED',
  'BACKUP_TOO_NEW',
  'BACKUP_NOT_A_BACKUP',
  'NOTHING_TO_UNDO',
  'WORK_CANCELLED',
  // A trustworthy audit and wrong passphrases (issue 13)
  'AUDIT_LOG_ALTERED',
  'UNLOCK_WAIT',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Field name → message, for inline form messages. */
export type FieldErrors = Record<string, string>;

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

export class TrellisError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldErrors) {
    super(message);
    this.name = 'TrellisError';
    this.code = code;
    this.fields = fields;
  }

  toPayload(): ErrorPayload {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export function isTrellisError(value: unknown): value is TrellisError {
  return value instanceof TrellisError;
}

/** What crosses a process boundary: a value, or an error the UI can show. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
