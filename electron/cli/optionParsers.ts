import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../common/fields';

/**
 * Accepts one of `choices` in any letter case ("assistant professor" is
 * "Assistant Professor") and returns it as spelled in the list. Commander's
 * own `.choices()` is case-sensitive, which trips people typing ranks by hand.
 */
export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    const wanted = value.trim().toLowerCase();
    const match = choices.find((choice) => choice.toLowerCase() === wanted);
    if (!match) throw new InvalidArgumentError(`Choose one of: ${choices.map((c) => `"${c}"`).join(', ')}.`);
    return match;
  };
}

/** "research, teaching,,grants" → ["research", "teaching", "grants"]. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** "12" → 12: the id of a record (a program, a group), as `list --json` prints it. */
export function recordIdArg(value: string): number {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1 || !Number.isSafeInteger(Number(trimmed))) {
    throw new InvalidArgumentError('Enter a record id: a whole number such as 12 (see the list commands’ Id column).');
  }
  return Number(trimmed);
}

/** A calendar date written YYYY-MM-DD (so 2025-02-30 is refused before anything is opened). */
export function isoDateArg(value: string): string {
  const trimmed = value.trim();
  if (!isCalendarDate(trimmed)) throw new InvalidArgumentError('Enter a date as YYYY-MM-DD.');
  return trimmed;
}
