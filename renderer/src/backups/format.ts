import type { BackupReason } from '@contract/backups';

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "2.4 MB": a backup's size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
  return `${sizeFormat.format(bytes / (1024 * 1024 * 1024))} GB`;
}

/** Why a backup was taken, in the office's words. */
export const reasonLabels: Record<BackupReason, string> = {
  manual: 'Backed up by hand',
  lock: 'When Trellis locked',
  hourly: 'While changes were made',
  'before-migration': 'Before an update of Trellis',
  'before-import': 'Before an import',
  'before-import-undo': 'Before undoing an import',
  'before-restore': 'Before a restore',
  'before-passphrase-change': 'Before a passphrase change',
  'before-matrix-reset': 'Before the matrix was reset',
};

/** The tables staff recognise, in the order they think of them. */
const countLabels: [table: string, one: string, many: string][] = [
  ['faculty', 'person', 'people'],
  ['mentorships', 'mentorship', 'mentorships'],
  ['meetings', 'meeting', 'meetings'],
  ['peer_groups', 'peer group', 'peer groups'],
  ['survey_responses', 'survey answer', 'survey answers'],
  ['award_nominations', 'award nomination', 'award nominations'],
];

const countFormat = new Intl.NumberFormat();

/** "160 people, 120 mentorships, 900 meetings": what a backup holds, leaving out what it has none of. */
export function recordsSummary(counts: Record<string, number>): string {
  const parts = countLabels.flatMap(([table, one, many]) => {
    const count = counts[table] ?? 0;
    return count > 0 ? [`${countFormat.format(count)} ${count === 1 ? one : many}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'No records';
}

/** The counts shown one per line in a restore's confirmation. */
export function countRows(counts: Record<string, number>): { label: string; count: string }[] {
  return countLabels.map(([table, , many]) => ({
    label: many.charAt(0).toUpperCase() + many.slice(1),
    count: countFormat.format(counts[table] ?? 0),
  }));
}
