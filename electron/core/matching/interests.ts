import { foldForSearch } from '../../common/text';

/**
 * Interest tags compared as people mean them: "Quality-Improvement", "quality
 * improvement" and "QI" are one interest. Pure.
 *
 * A tag is normalised word by word (lower case without accents, "&" as
 * "and", punctuation as spaces, British spellings and simple plurals folded),
 * then looked up in the office's synonym table, whose entries are normalised
 * the same way. Folding the same way on both sides is what matters: an
 * over-eager fold ("diabetes" → "diabete") merges nothing that differs.
 */

/** Word endings and beginnings written differently in British and American English. */
const spellingFolds: [RegExp, string][] = [
  [/isation$/, 'ization'],
  [/ise([ds]?)$/, 'ize$1'],
  [/ising$/, 'izing'],
  [/^paed/, 'ped'],
  [/^haem/, 'hem'],
  [/^anaes/, 'anes'],
  [/^oes/, 'es'],
  [/aecolog/, 'ecolog'],
  [/([a-z]{2,})our$/, '$1or'],
  [/tre$/, 'ter'],
];

function foldWord(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of spellingFolds) folded = folded.replace(pattern, replacement);
  // Simple plurals: "disparities" → "disparity", "trials" → "trial"; not "illness", "status", "analysis".
  if (folded.length > 4 && folded.endsWith('ies')) return `${folded.slice(0, -3)}y`;
  if (folded.length > 4 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

/**
 * A school has a few hundred distinct tags but thousands of people: each
 * distinct tag is folded once and remembered (a pure function, so the memo
 * can never be stale), instead of running the folds for every person on
 * every request.
 */
const folded = new Map<string, string>();
const memoLimit = 20_000;

export function normaliseInterest(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = fold(text);
    if (folded.size >= memoLimit) folded.clear();
    folded.set(text, result);
  }
  return result;
}

function fold(text: string): string {
  return foldForSearch(text)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
}

export interface SynonymEntry {
  term: string;
  canonical: string;
}

/** The office's synonyms, ready to look tags up in. */
export class InterestVocabulary {
  private readonly canonicalOf = new Map<string, string>();

  constructor(entries: readonly SynonymEntry[]) {
    for (const { term, canonical } of entries) {
      const key = normaliseInterest(canonical);
      const variant = normaliseInterest(term);
      if (key && variant && variant !== key) this.canonicalOf.set(variant, key);
    }
  }

  /** The key two tags share when they mean the same interest; '' for a tag of only punctuation. */
  keyOf(tag: string): string {
    const normal = normaliseInterest(tag);
    return this.canonicalOf.get(normal) ?? normal;
  }

  /** A person's tags by key, keeping their own words for each (the first tag wins for a repeated key). */
  tagsOf(tags: readonly string[]): Map<string, string> {
    const byKey = new Map<string, string>();
    for (const tag of tags) {
      const key = this.keyOf(tag);
      if (key && !byKey.has(key)) byKey.set(key, tag.trim());
    }
    return byKey;
  }
}
