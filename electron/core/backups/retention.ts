/**
 * Which backups to keep, as a pure function of the list and today:
 *
 * - every backup of the last 24 hours, at most the 6 newest;
 * - the newest backup of each of the last 14 days (today included);
 * - the newest of each of the last 8 weeks (weeks start on Monday);
 * - the newest of each of the last 12 months;
 * - and always the newest backup of all, however old.
 *
 * Days, weeks and months are counted in UTC, so the answer does not depend
 * on the computer's time zone. A backup dated in the future (a clock set
 * wrong) is kept: deleting what we do not understand is never safe.
 */
export interface Dated {
  createdAt: string;
}

const hour = 3_600_000;
const day = 24 * hour;

export const retentionRules = { recentHours: 24, recentMax: 6, days: 14, weeks: 8, months: 12 } as const;

function dayNumber(time: number): number {
  return Math.floor(time / day);
}

/** Days since 1970-01-05, a Monday, divided into weeks. */
function weekNumber(time: number): number {
  return Math.floor((dayNumber(time) - 4) / 7);
}

function monthNumber(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function backupsToKeep<T extends Dated>(backups: readonly T[], now: Date): { keep: T[]; remove: T[] } {
  const today = now.getTime();
  const newestFirst = backups
    .map((backup) => ({ backup, time: Date.parse(backup.createdAt) }))
    .sort((a, b) => b.time - a.time);
  const kept = new Set<T>();

  const recent = newestFirst.filter(({ time }) => time > today - retentionRules.recentHours * hour && time <= today);
  for (const { backup } of recent.slice(0, retentionRules.recentMax)) kept.add(backup);

  const newestPer = (bucket: (time: number) => number, count: number) => {
    const seen = new Set<number>();
    for (const { backup, time } of newestFirst) {
      if (time > today) continue;
      const key = bucket(time);
      if (bucket(today) - key >= count || seen.has(key)) continue;
      seen.add(key);
      kept.add(backup);
    }
  };
  newestPer(dayNumber, retentionRules.days);
  newestPer(weekNumber, retentionRules.weeks);
  newestPer(monthNumber, retentionRules.months);

  for (const { backup, time } of newestFirst) if (time > today) kept.add(backup);
  if (newestFirst[0]) kept.add(newestFirst[0].backup);

  return { keep: backups.filter((b) => kept.has(b)), remove: backups.filter((b) => !kept.has(b)) };
}
