import { createHash } from 'node:crypto';
import type { SourceColumn } from '../../spreadsheets/headerRow';
import { normalizedHeading } from './similarity';

/**
 * A fingerprint of a file's layout: its headings, normalised and sorted, so
 * next year's export from the same tool finds this year's mapping even if a
 * column moved. Includes the kind: a roster and a survey never share one.
 */
export function layoutFingerprint(kind: string, columns: readonly SourceColumn[]): string {
  const headings = columns.map((c) => normalizedHeading(c.key)).sort();
  return createHash('sha256')
    .update(JSON.stringify([kind, headings]))
    .digest('hex')
    .slice(0, 32);
}
