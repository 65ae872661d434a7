import { foldForSearch } from '../../../common/text';

/**
 * How alike two headings are: "Email Address" and "RecipientEmail", "has_mentor"
 * and "Do you currently have at least one mentor?". Words are compared after
 * folding case and accents, splitting camelCase and snake_case, dropping
 * filler words, and treating a word as the same as its longer forms
 * ("satisfied"/"satisfaction" share "satisf", "mentor"/"mentors").
 */
const stopWords = new Set(
  'a an and are at be by do does for from have has how i in is it me my of on or our please the this to was we were what when which who with would you your any all that if'.split(
    ' ',
  ),
);

const synonyms: Record<string, string> = {
  dept: 'department',
  div: 'division',
  emplid: 'employee',
  empl: 'employee',
  emp: 'employee',
  mail: 'email',
  surname: 'last',
  forename: 'first',
  given: 'first',
  family: 'last',
  num: 'number',
  qty: 'number',
  dob: 'birth',
  appt: 'appointment',
  asst: 'assistant',
  assoc: 'associate',
  frequency: 'often',
  freq: 'often',
  many: 'number',
  n: 'number',
  count: 'number',
};

const tokenCache = new Map<string, string[]>();

/** Words of a heading, folded; cached, as suggestions compare every column with every field and question. */
export function headingTokens(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = computeTokens(text);
    if (tokenCache.size > 20_000) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

function computeTokens(text: string): string[] {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_./\\()[\]{}:;,?!"'’“”&+*#%-]+/g, ' ');
  return foldForSearch(spaced)
    .split(/\s+/)
    .map((w) => synonyms[w] ?? w)
    .filter((w) => w.length > 0 && !stopWords.has(w));
}

export function normalizedHeading(text: string): string {
  return headingTokens(text).join(' ');
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 6 || (common >= 5 && common >= short.length - 3);
}

/** 0–1: half Dice overlap of the word sets, half how much of the shorter one is covered. */
export function headingSimilarity(a: string, b: string): number {
  const left = [...new Set(headingTokens(a))];
  const right = [...new Set(headingTokens(b))];
  if (left.length === 0 || right.length === 0) return 0;
  if (left.join(' ') === right.join(' ')) return 1;
  let matches = 0;
  const used = new Set<number>();
  for (const word of left) {
    const index = right.findIndex((other, i) => !used.has(i) && sameWord(word, other));
    if (index >= 0) {
      used.add(index);
      matches++;
    }
  }
  const dice = (2 * matches) / (left.length + right.length);
  const coverage = matches / Math.min(left.length, right.length);
  return 0.5 * dice + 0.5 * coverage;
}

/**
 * 0–1: how well a column's answers fit a question's choices — mostly how many
 * of the answers are choices (a sample rarely shows every choice), a little
 * how much of the two sets overlap (so Yes/No fits Yes/No better than Yes/No/Unsure).
 */
export function valueSimilarity(answers: Iterable<string>, choices: Iterable<string>): number {
  const left = new Set([...answers].map((v) => foldForSearch(v.trim())).filter(Boolean));
  const right = new Set([...choices].map((v) => foldForSearch(v.trim())).filter(Boolean));
  if (left.size === 0 || right.size === 0) return 0;
  let both = 0;
  for (const value of left) if (right.has(value)) both++;
  return 0.7 * (both / left.size) + 0.3 * (both / (left.size + right.size - both));
}
