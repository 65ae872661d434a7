import type { PacketLetter } from './source';

export const committeeConfidentiality = 'Confidential — for the selection committee';

const kindLabels: Record<PacketLetter['kind'], string> = {
  nomination: 'Nomination letter',
  cv: 'Curriculum vitae',
  support: 'Support letter',
};

/** How a letter is named in the contents and its bookmark: "Support letter 2: From the Chair (Dr. Ana García)". */
export function letterLabel(letter: PacketLetter, letters: readonly PacketLetter[]): string {
  const same = letters.filter((l) => l.kind === letter.kind);
  const number = same.length > 1 ? ` ${same.indexOf(letter) + 1}` : '';
  const author = letter.author ? ` (${letter.author})` : '';
  return `${kindLabels[letter.kind]}${number}: ${letter.title}${author}`;
}

export const partTitles = {
  cover: 'Cover',
  contents: 'Contents',
  statement: 'Nomination statement',
  record: 'Mentoring record',
  evidence: 'Survey evidence',
} as const;
