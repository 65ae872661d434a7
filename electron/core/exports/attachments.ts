/**
 * Columns holding files (letters, letterhead images): the export writes each
 * as its own file, and the table's cell names that file.
 */
export function attachmentName(table: string, row: Record<string, unknown>): string | null {
  if (table === 'nomination_letters') {
    const kind = String(row.kind ?? 'letter').replace(/[^a-z]/gi, '');
    return `letters/nomination-${String(row.nomination_id)}-letter-${String(row.id)}-${kind}.pdf`;
  }
  if (table === 'document_images') {
    const extension =
      String(row.mime_type ?? '')
        .split('/')[1]
        ?.replace(/[^a-z]/gi, '') || 'bin';
    return `images/${String(row.key).replace(/[^a-z.]/gi, '')}.${extension}`;
  }
  return null;
}
