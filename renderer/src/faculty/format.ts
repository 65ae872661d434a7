import { careerStageLabels, yearsSince } from '@common/ranks';
import type { Faculty } from '@contract/faculty';

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const countFormat = new Intl.NumberFormat();

/** "1 September 2019" from "2019-09-01", read as a calendar date (no time-zone shift). */
export function formatDate(iso: string | null, style: 'long' | 'short' = 'long'): string {
  if (!iso) return '—';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (style === 'short' ? shortDateFormat : dateFormat).format(date);
}

/** A timestamp (e.g. when a record was last changed), shown as a local date and time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatCount(count: number, one: string, many: string): string {
  return `${countFormat.format(count)} ${count === 1 ? one : many}`;
}

export function careerStageText(person: Pick<Faculty, 'careerStage'>): string {
  return careerStageLabels[person.careerStage];
}

export function yearsInAppointment(appointmentStart: string | null): string | null {
  const years = yearsSince(appointmentStart, new Date());
  if (years === null) return null;
  return years === 0 ? 'less than a year' : formatCount(years, 'year', 'years');
}
