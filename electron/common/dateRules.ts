import { TrellisError } from './errors';
import { addDays } from './isoDates';

/**
 * Dates are stored as UTC calendar days. An office west of UTC can already be
 * "tomorrow" in UTC, and one east of it "yesterday", so a date is accepted as
 * not-in-the-future when it is at most one day past today's UTC date.
 */
export function assertNotFuture(date: string, today: string, field: string, what: string): void {
  if (date > addDays(today, 1)) {
    const message = `${what} cannot be in the future.`;
    throw new TrellisError('VALIDATION', message, { [field]: message });
  }
}

export function assertNotBefore(date: string, earliest: string, field: string, message: string): void {
  if (date < earliest) throw new TrellisError('VALIDATION', message, { [field]: message });
}
