import type { LimitWarning } from '../../../core/awards/packets/contract';
import type { CliIo } from '../../io';

/** The cycle's limits a packet exceeds, on stderr: the files are still written, the office decides. */
export function printLimitWarnings(io: CliIo, warnings: readonly LimitWarning[]): void {
  for (const w of warnings) io.stderr.write(`warning: ${w.nominee} (nomination ${w.nominationId}): ${w.message}\n`);
}
