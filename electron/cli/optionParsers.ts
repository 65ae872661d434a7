import { InvalidArgumentError } from 'commander';

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
