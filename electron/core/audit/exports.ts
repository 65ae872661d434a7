import type { OperationName } from '../contract';

/** Which record an export is of, for its audit entry: never its content. */
type ExportRecord = (input: Record<string, unknown>) => { recordType: string; recordId: string };

const of =
  (recordType: string, field: string): ExportRecord =>
  (input) => ({ recordType, recordId: String(input[field] ?? 'all') });

/**
 * Reads that hand records out of the database — printed documents, letters,
 * packets, spreadsheets — leave an audit entry once they succeed: who took
 * which record out, when, with which operation. The core writes it after the
 * read, in a transaction of its own (a read never holds a write lock). The
 * open export (`exports.all`) and backups record their own.
 */
export const auditedExports: Partial<Record<OperationName, ExportRecord>> = {
  'matrix.export': (input) => ({ recordType: 'matrix', recordId: String(input.programId ?? 'default') }),
  'imports.rejectedRows': (input) =>
    input.batchId
      ? { recordType: 'import_batch', recordId: String(input.batchId) }
      : { recordType: 'import_preview', recordId: 'preview' },
  'awards.letters.download': of('award_letter', 'id'),
  'awards.packets.one': of('nomination', 'nominationId'),
  'awards.packets.generate': of('award_cycle', 'cycleId'),
  'documents.agreement': of('mentorship', 'mentorshipId'),
  'documents.groupCommitment': of('peer_group', 'groupId'),
  'documents.serviceLetter': of('faculty', 'facultyId'),
  'workshops.sheets': of('workshop', 'workshopId'),
};
