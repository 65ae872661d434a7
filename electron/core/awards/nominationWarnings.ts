import type { AwardCycle, AwardWarning, LetterKind, NominationStatus } from './contract';
import { statementWordsPerPage } from './contract';

/**
 * Limits that warn but never refuse (issue 6): the office may accept a long
 * letter and trim the packet later, so staff are told, before printing, what
 * is over the cycle's limits. CVs are left out of the per-letter page limit:
 * the limit is about letters (two pages each), and a CV is usually longer.
 */

export interface LetterSummary {
  kind: LetterKind;
  title: string;
  pages: number;
}

export function statementPages(statement: string): number {
  const words = statement.split(/\s+/).filter(Boolean).length;
  return Math.ceil(words / statementWordsPerPage);
}

export function letterWarnings(cycle: AwardCycle, letters: readonly LetterSummary[]): AwardWarning[] {
  const warnings: AwardWarning[] = [];
  const limit = cycle.letterPageLimit;
  if (limit !== null) {
    for (const letter of letters) {
      if (letter.kind !== 'cv' && letter.pages > limit) {
        warnings.push({
          code: 'LETTER_OVER_PAGE_LIMIT',
          message: `“${letter.title}” has ${letter.pages} pages; this cycle allows ${limit} per letter.`,
        });
      }
    }
  }
  const support = letters.filter((l) => l.kind === 'support').length;
  if (support > cycle.maxSupportLetters) {
    warnings.push({
      code: 'TOO_MANY_SUPPORT_LETTERS',
      message: `This nomination has ${support} support letters; this cycle allows ${cycle.maxSupportLetters}.`,
    });
  }
  return warnings;
}

export function nominationWarnings(
  cycle: AwardCycle,
  status: NominationStatus,
  statement: string,
  letters: readonly LetterSummary[],
): AwardWarning[] {
  const warnings: AwardWarning[] = [];
  if (status === 'draft' && cycle.state === 'closed') {
    warnings.push({
      code: 'CYCLE_NOT_OPEN',
      message: `The cycle closed on ${cycle.closesOn}. This draft is kept, but it can no longer be submitted.`,
    });
  }
  if (status === 'draft' && cycle.state === 'upcoming') {
    warnings.push({
      code: 'CYCLE_NOT_OPEN',
      message: `The cycle opens on ${cycle.opensOn}. This draft can be submitted from then.`,
    });
  }
  const pages = statementPages(statement);
  if (cycle.statementPageLimit !== null && pages > cycle.statementPageLimit) {
    warnings.push({
      code: 'STATEMENT_OVER_PAGE_LIMIT',
      message: `The statement is about ${pages} pages (at ${statementWordsPerPage} words a page); this cycle allows ${cycle.statementPageLimit}.`,
    });
  }
  return [...warnings, ...letterWarnings(cycle, letters)];
}
