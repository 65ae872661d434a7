/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC like the rest of
 * the core, so a date never shifts with the machine's time zone. Pure.
 */

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return isoDate(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Same day n years later; 29 February becomes 28 February in other years. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** "Today" and "now" for one operation, read once so every row it writes agrees. */
export interface Clock {
  today: string;
  stamp: string;
}

export function clockOf(now: () => Date): Clock {
  const at = now();
  return { today: isoDate(at), stamp: at.toISOString() };
}
