import { z } from 'zod';

/**
 * Form fields shared by the mentoring domains (programs, mentorships,
 * meetings, change requests, peer groups). Pure zod: the renderer's forms use
 * the same schemas and show the same messages.
 */

export const recordId = (message = 'Choose a record.') =>
  z.number({ error: message }).int({ error: message }).positive({ error: message });

export const idInput = z.object({ id: recordId() });

export const requiredText = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this under ${max} characters.` });

/** Empty text is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateMessage = 'Enter a date as YYYY-MM-DD.';

export const requiredDate = (message = dateMessage) =>
  z.string({ error: message }).trim().refine(isCalendarDate, { error: message });

/** Empty means "not set" (null). */
export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isCalendarDate(v), { error: dateMessage })
  .transform((v) => (v === '' ? null : v))
  .nullish()
  .transform((v) => v ?? null);

/** A date that defaults to today when left out (the core fills it in). */
export const dateOrToday = requiredDate().optional();

/** Short labels (topics, interests): trimmed, non-empty, de-duplicated. */
export const tagList = (maxTags: number, maxLength: number) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(maxLength, { error: `Keep each entry under ${maxLength} characters.` }),
    )
    .max(maxTags, { error: `Keep to ${maxTags} entries or fewer.` })
    .default([])
    .transform((tags) => [...new Set(tags)]);

export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
};
