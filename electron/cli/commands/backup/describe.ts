import type { BackupEntry, BackupSummary } from '../../../core/backups/contract';
import { formatFields } from '../../output';

/** The tables people recognise, in the order they think of them; the rest are in --json. */
const shownTables: [table: string, label: string][] = [
  ['faculty', 'Faculty'],
  ['programs', 'Programs'],
  ['mentorships', 'Mentorships'],
  ['meetings', 'Meetings'],
  ['peer_groups', 'Peer groups'],
  ['survey_responses', 'Survey responses'],
  ['award_nominations', 'Nominations'],
  ['audit_log', 'Audit entries'],
];

export function localTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function describeBackup(backup: BackupSummary | BackupEntry): string[] {
  return formatFields([
    ['Made', localTime(backup.createdAt)],
    ['By Trellis', `${backup.trellisVersion} (schema ${backup.schemaVersion ?? 'none'})`],
    ...shownTables.map(([table, label]): [string, string] => [label, String(backup.counts[table] ?? 0)]),
  ]);
}
