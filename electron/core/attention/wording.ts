import type { MentorshipKind } from '../mentorships/contract';
import { daysBetween } from '../../common/isoDates';
import type { RecordRef } from '../../common/records';

/** The words the dashboard uses for pairs and dates. */

export function pairLabel(kind: MentorshipKind, mentorName: string, menteeName: string): string {
  if (kind === 'sponsor') return `${mentorName} sponsoring ${menteeName}`;
  if (kind === 'peer') return `${mentorName} and ${menteeName} (peer mentors)`;
  return `${mentorName} mentoring ${menteeName}`;
}

/** "today", "in 3 days", "12 days ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function pairRefs(row: {
  id: number;
  kind: string;
  mentor_id: number;
  mentor_name: string;
  mentee_id: number;
  mentee_name: string;
}): RecordRef[] {
  return [
    { type: 'mentorship', id: row.id, label: pairLabel(row.kind as MentorshipKind, row.mentor_name, row.mentee_name) },
    { type: 'faculty', id: row.mentor_id, label: row.mentor_name },
    { type: 'faculty', id: row.mentee_id, label: row.mentee_name },
  ];
}

/** "the mentee" → "The mentee". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
