import { foldForSearch } from '../../../common/text';
import { ranks, type Rank } from '../../../common/ranks';

/**
 * HR systems spell ranks many ways: "Asst. Prof.", "Assoc Prof", "Clinical
 * Associate Professor of Medicine", "Professor Emerita". The rank is what is
 * left after expanding abbreviations and dropping the series (clinical,
 * research, adjunct…) and the department; the series belongs in the track.
 */
const abbreviations: Record<string, string> = {
  asst: 'assistant',
  ast: 'assistant',
  assist: 'assistant',
  assoc: 'associate',
  asso: 'associate',
  assc: 'associate',
  prof: 'professor',
  profs: 'professor',
  professsor: 'professor',
  instr: 'instructor',
  lect: 'lecturer',
  emer: 'emeritus',
  emerita: 'emeritus',
  emeriti: 'emeritus',
  sr: 'senior',
};

export function normalizeRank(text: string): Rank | null {
  const words = foldForSearch(text)
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => abbreviations[w] ?? w);
  const has = (word: string) => words.includes(word);
  const exact = ranks.find((r) => foldForSearch(r) === words.join(' '));
  if (exact) return exact;
  if (has('emeritus')) return 'Professor Emeritus';
  if (has('professor')) {
    if (has('assistant')) return 'Assistant Professor';
    if (has('associate')) return 'Associate Professor';
    if (has('full') || words.length >= 1) return 'Professor';
  }
  if (has('instructor')) return 'Instructor';
  if (has('lecturer')) return 'Lecturer';
  return null;
}
