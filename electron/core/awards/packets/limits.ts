import type { LimitWarning } from './contract';
import type { PacketMeasure } from './packet';

const pages = (n: number) => `${n} page${n === 1 ? '' : 's'}`;

/**
 * The cycle's limits a packet exceeds: support letters, pages per letter (the
 * nomination and support letters; a CV is not a letter), the statement's pages
 * as printed, and the whole packet's pages. Told before printing; never blocks it.
 */
export function limitWarnings(packet: PacketMeasure): LimitWarning[] {
  const { source } = packet;
  const { cycle } = source;
  const warn = (code: LimitWarning['code'], message: string): LimitWarning => ({
    nominationId: source.nominationId,
    nominee: source.nominee.name,
    code,
    message,
  });
  const warnings: LimitWarning[] = [];
  const support = source.letters.filter((l) => l.kind === 'support');
  if (support.length > cycle.maxSupportLetters)
    warnings.push(
      warn(
        'TOO_MANY_SUPPORT_LETTERS',
        `${support.length} support letters; this cycle allows ${cycle.maxSupportLetters}.`,
      ),
    );
  if (cycle.letterPageLimit !== null) {
    for (const [i, letter] of source.letters.entries()) {
      const letterPages = packet.letterPages[i]!;
      if (letter.kind === 'cv' || letterPages <= cycle.letterPageLimit) continue;
      const which =
        letter.kind === 'support' ? `Support letter ${support.indexOf(letter) + 1}` : 'The nomination letter';
      warnings.push(
        warn(
          'LETTER_OVER_PAGE_LIMIT',
          `${which} has ${pages(letterPages)}; this cycle allows ${pages(cycle.letterPageLimit)} per letter.`,
        ),
      );
    }
  }
  if (cycle.statementPageLimit !== null && packet.statementPages > cycle.statementPageLimit)
    warnings.push(
      warn(
        'STATEMENT_OVER_PAGE_LIMIT',
        `The nomination statement takes ${pages(packet.statementPages)}; this cycle allows ${pages(cycle.statementPageLimit)}.`,
      ),
    );
  if (cycle.packetPageLimit !== null && packet.pages > cycle.packetPageLimit)
    warnings.push(
      warn(
        'PACKET_OVER_PAGE_LIMIT',
        `The packet has ${pages(packet.pages)}; this cycle allows ${pages(cycle.packetPageLimit)}.`,
      ),
    );
  return warnings;
}
