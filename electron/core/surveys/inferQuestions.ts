import type { QuestionDraft, QuestionEffect, QuestionType } from './contract';
import { inferChoiceOptions } from '../spreadsheets/multiSelect';
import { inferDayMonthOrder, parseTextDate } from '../spreadsheets/dates';
import { foldForSearch } from '../../common/text';
import { likertScaleFor } from './scales';

/** What a whole column's answers look like, gathered in one pass over the file. */
export interface ColumnProfile {
  key: string;
  /** Question text: the Qualtrics label when there is one, else the heading. */
  text: string;
  answered: number;
  /** Distinct answers (text), capped. */
  distinct: Map<string, number>;
  distinctCapped: boolean;
  numbers: number;
  dates: number;
  checkbox: boolean;
  /** Microsoft Forms ends every multi-select answer with ';'. */
  trailingSemicolons: number;
}

export const profileDistinctCap = 500;

export function emptyProfile(key: string, text: string, checkbox: boolean): ColumnProfile {
  return {
    key,
    text,
    answered: 0,
    distinct: new Map(),
    distinctCapped: false,
    numbers: 0,
    dates: 0,
    checkbox,
    trailingSemicolons: 0,
  };
}

export function addToProfile(profile: ColumnProfile, value: string | number | Date | string[]): void {
  profile.answered++;
  if (Array.isArray(value)) {
    for (const option of value) noteDistinct(profile, option);
    return;
  }
  if (typeof value === 'number') profile.numbers++;
  if (value instanceof Date) {
    profile.dates++;
    return;
  }
  const text = String(value).trim();
  if (typeof value === 'string') {
    if (/^[-+]?\d+(\.\d+)?$/.test(text)) profile.numbers++;
    else if (parseTextDate(text)) profile.dates++;
    if (text.endsWith(';')) profile.trailingSemicolons++;
  }
  noteDistinct(profile, text);
}

function noteDistinct(profile: ColumnProfile, text: string): void {
  if (profile.distinct.has(text)) profile.distinct.set(text, profile.distinct.get(text)! + 1);
  else if (profile.distinct.size < profileDistinctCap) profile.distinct.set(text, 1);
  else profile.distinctCapped = true;
}

const selectAll = /select all|check all|all that apply|choose all|mark all|select (one or more|any)/i;
/** Headings that ask for words, whatever the answers look like in a small sample. */
const freeTextHeading =
  /comment|feedback|suggestion|explain|describe|\bwhy\b|anything else|please (list|specify|tell)|in your own words/i;

/**
 * A question's type from its answers: a known rating scale → Likert; every
 * answer a number → number; a date → date; answers listing several options
 * (or a heading saying "select all", or a checkbox group) → multiple choice;
 * few answers repeated often → single choice; anything else → free text, which
 * Trellis treats as confidential.
 */
export function inferQuestion(profile: ColumnProfile, key: string): QuestionDraft {
  const values = [...profile.distinct.keys()].filter((v) => v !== '');
  const base = { key, text: profile.text, options: [] as string[], effect: null as QuestionEffect | null };
  const typed = (type: QuestionType, options: string[] = []): QuestionDraft => ({
    ...base,
    type,
    options,
    effect: inferEffect(profile.text, type, options),
  });
  if (profile.checkbox) return typed('multiple', values);
  if (profile.answered === 0 || freeTextHeading.test(profile.text)) return typed('text');
  const scale = likertScaleFor(values);
  if (scale && !profile.distinctCapped) return typed('likert', scale);
  if (profile.numbers === profile.answered) return typed('number');
  if (profile.dates === profile.answered) return typed('date');
  const multipleHint = selectAll.test(profile.text) || profile.trailingSemicolons > 0;
  if (!profile.distinctCapped) {
    const options = inferChoiceOptions(values);
    const pieces = values.length;
    if (multipleHint && options.length <= 60) return typed('multiple', options);
    const separated = values.filter((v) => /[;,]/.test(v)).length;
    // Several answers with separators whose pieces recur: a multi-select without a hint.
    if (
      separated > 0 &&
      options.length <= 30 &&
      options.length < pieces &&
      profile.answered / options.length >= 3 &&
      separatedPiecesRecur(values, options)
    ) {
      return typed('multiple', options);
    }
    // Choices are short; sentences repeated in a small file are still free text.
    const short = values.every((v) => v.length <= 80);
    if (short && values.length <= 20 && profile.answered / Math.max(1, values.length) >= 3)
      return typed('single', orderChoices(values));
  }
  return typed('text');
}

function separatedPiecesRecur(values: string[], options: string[]): boolean {
  const optionSet = new Set(options.map((o) => foldForSearch(o)));
  const alone = values.filter((v) => optionSet.has(foldForSearch(v.trim()))).length;
  return alone >= Math.min(3, options.length);
}

/** Yes before No before Unsure; otherwise the order seen. */
function orderChoices(values: string[]): string[] {
  const rank = (v: string) => {
    const f = foldForSearch(v);
    if (f === 'yes') return 0;
    if (f === 'no') return 1;
    return 2;
  };
  return [...values].sort((a, b) => rank(a) - rank(b));
}

/** What an annual-survey question means for the office, from its wording. */
export function inferEffect(text: string, type: QuestionType, options: readonly string[]): QuestionEffect | null {
  const t = foldForSearch(text);
  const yesNo = options.some((o) => foldForSearch(o) === 'yes');
  if (type === 'multiple' && /peer/.test(t) && /(topic|interest|group)/.test(t)) return 'peerGroupTopics';
  if ((type === 'single' || type === 'likert') && yesNo && /change/.test(t) && /mentor/.test(t))
    return 'wantsMentorChange';
  if (
    (type === 'single' || type === 'likert') &&
    yesNo &&
    /\b(have|has)\b/.test(t) &&
    /mentor/.test(t) &&
    !/change/.test(t)
  )
    return 'hasMentor';
  return null;
}

/** The day/month order a date column's text settles, from the profile. */
export function profileDateOrder(profile: ColumnProfile) {
  return inferDayMonthOrder(profile.distinct.keys());
}

/** A question key from its text: lower-case words joined by '-', unique within the survey. */
export function questionKeyFor(text: string, taken: Set<string>): string {
  const base =
    foldForSearch(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'question';
  let key = /^[a-z0-9]/.test(base) ? base : `q-${base}`;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
