import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../electron/common/fields';
import { addDays, addYears, clockOf, daysBetween } from '../../../electron/common/isoDates';

describe('calendar dates', () => {
  it('adds years, keeping 29 February in range', () => {
    expect(addYears('2025-01-10', 1)).toBe('2026-01-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-15', -5)).toBe('2020-06-15');
  });

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });

  it('takes today as the UTC calendar day, whatever time zone the machine is in', () => {
    // Already 2 January in Kiritimati (UTC+14), still 31 December in Pago Pago (UTC-11): npm test runs in both.
    expect(clockOf(() => new Date('2032-01-01T10:30:00Z'))).toEqual({
      today: '2032-01-01',
      stamp: '2032-01-01T10:30:00.000Z',
    });
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('25-01-01')).toBe(false);
  });
});
