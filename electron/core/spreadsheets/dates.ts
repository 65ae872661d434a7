/**
 * Dates in spreadsheets. Real date cells arrive as JS Dates whose UTC parts
 * are what the sheet shows (exceljs converts serials that way, honouring the
 * 1904 date system), so they are read with getUTC*. Text dates are parsed
 * here. "03/04/2026" could be 3 April or March 4: the order is decided per
 * column from values that settle it (a first part over 12), and when nothing
 * in the column settles it the value is flagged as ambiguous.
 */
export type DayMonthOrder = 'mdy' | 'dmy';

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS, when the text had a time. */
  time: string | null;
  /** Day and month could be swapped and nothing decided which is which. */
  ambiguous: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDateOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function isoTimeOf(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** "2026-10-24T11:05:00" (no zone: it is the wall-clock time the export shows). */
export function isoDateTimeOf(date: Date): string {
  // join() makes one flat string; a template literal makes a rope of three, and an
  // import keeps two timestamps for each of its rows between preview and commit.
  return [isoDateOf(date), 'T', isoTimeOf(date)].join('');
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return months[key] ?? months[key.slice(0, 3)];
}

function timeOf(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
  meridiem: string | undefined,
): string | null | undefined {
  if (hours === undefined) return null;
  let h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds ?? 0);
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    const pm = meridiem.toLowerCase() === 'pm';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return undefined;
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
}

const timePart = String.raw`(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp][Mm])?)?\s*(?:Z|[+-]\d{2}:?\d{2})?`;
const isoPattern = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${timePart}$`);
const numericPattern = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${timePart}$`);
const dayNamePattern = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s-,]+(\d{4}|\d{2})${timePart}$`);
const nameDayPattern = new RegExp(
  String.raw`^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${timePart}$`,
);

/**
 * Parses common text dates: ISO (2026-10-24, with or without a time),
 * 10/24/2026 and 24.10.2026 (two-digit years too), 24 Oct 2026, 24-Oct-26,
 * October 24, 2026. `order` says how to read a numeric date whose parts are
 * both 12 or under; null means the US month/day reading, flagged ambiguous.
 */
export function parseTextDate(text: string, order: DayMonthOrder | null = null): ParsedDate | null {
  const value = text.trim();
  if (value === '') return null;
  let match = isoPattern.exec(value);
  if (match) {
    const [, y, m, d, hh, mm, ss, ampm] = match;
    const time = timeOf(hh, mm, ss, ampm);
    if (time === undefined || !validDay(Number(y), Number(m), Number(d))) return null;
    return { date: `${y}-${pad(Number(m))}-${pad(Number(d))}`, time, ambiguous: false };
  }
  match = numericPattern.exec(value);
  if (match) {
    const [, a, separator, b, y, hh, mm, ss, ampm] = match;
    const first = Number(a);
    const second = Number(b);
    const year = fullYear(y!);
    const time = timeOf(hh, mm, ss, ampm);
    if (time === undefined) return null;
    let dayMonth: DayMonthOrder;
    let ambiguous = false;
    if (first > 12 && second <= 12) dayMonth = 'dmy';
    else if (second > 12 && first <= 12) dayMonth = 'mdy';
    else if (first === second) dayMonth = 'mdy';
    else {
      // Dotted dates are day-first wherever they are written; slashes follow the column or the US reading.
      dayMonth = order ?? (separator === '.' ? 'dmy' : 'mdy');
      ambiguous = order === null;
    }
    const [month, day] = dayMonth === 'mdy' ? [first, second] : [second, first];
    if (!validDay(year, month, day)) return null;
    return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time, ambiguous };
  }
  match = dayNamePattern.exec(value);
  if (match) {
    const [, d, name, y, hh, mm, ss, ampm] = match;
    const month = monthNumber(name!);
    const year = fullYear(y!);
    const time = timeOf(hh, mm, ss, ampm);
    if (!month || time === undefined || !validDay(year, month, Number(d))) return null;
    return { date: `${pad(year, 4)}-${pad(month)}-${pad(Number(d))}`, time, ambiguous: false };
  }
  match = nameDayPattern.exec(value);
  if (match) {
    const [, name, d, y, hh, mm, ss, ampm] = match;
    const month = monthNumber(name!);
    const time = timeOf(hh, mm, ss, ampm);
    if (!month || time === undefined || !validDay(Number(y), month, Number(d))) return null;
    return { date: `${y}-${pad(month)}-${pad(Number(d))}`, time, ambiguous: false };
  }
  return null;
}

/**
 * The day/month order a column's values settle, if any: one value with a
 * first part over 12 means day-first, one with a second part over 12 means
 * month-first. Values pointing both ways settle nothing.
 */
export function inferDayMonthOrder(values: Iterable<string>): DayMonthOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = numericPattern.exec(value.trim());
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}

/** Plausible Excel serial dates (1900-01-01 … 9999-12-31), for numbers in date columns. */
export function isPlausibleSerial(value: number): boolean {
  return value >= 1 && value < 2_958_466;
}
