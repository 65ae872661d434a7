import { InvalidArgumentError } from 'commander';
import type { Core } from '../../../core';
import type { SurveySummary } from '../../../core/surveys/contract';
import { CliError } from '../../failures';

/** "2026" → 2026, for --year. */
export function yearArg(value: string): number {
  const trimmed = value.trim();
  if (!/^\d{4}$/.test(trimmed)) throw new InvalidArgumentError('Enter a year such as 2026.');
  return Number(trimmed);
}

/**
 * The survey called `name` (letter case and surrounding spaces aside), in
 * `year` if given. Several of that name without a year is an error that
 * lists their years; none is `null`.
 */
export async function findSurvey(core: Core, name: string, year: number | undefined): Promise<SurveySummary | null> {
  const wanted = name.trim().toLowerCase();
  const named = (await core.call('surveys.list', {})).filter(
    (s) => s.name.trim().toLowerCase() === wanted && (year === undefined || s.year === year),
  );
  if (named.length > 1) {
    const years = named.map((s) => s.year).sort((a, b) => a - b);
    throw new CliError(
      'AMBIGUOUS',
      `There are ${named.length} surveys named “${name.trim()}” (${years.join(', ')}). Add --year to choose one.`,
    );
  }
  return named[0] ?? null;
}

export function noSuchSurvey(name: string, year: number | undefined, canCreate: boolean): CliError {
  return new CliError(
    'NOT_FOUND',
    `There is no survey named “${name.trim()}”${year === undefined ? '' : ` for ${year}`}. See "trellis survey list"${canCreate ? ', or add --create to make it from this file’s headings' : ''}.`,
  );
}

/** Like findSurvey, failing when there is none. */
export async function requireSurvey(core: Core, name: string, year: number | undefined): Promise<SurveySummary> {
  const survey = await findSurvey(core, name, year);
  if (!survey) throw noSuchSurvey(name, year, false);
  return survey;
}
