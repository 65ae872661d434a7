import { randomUUID } from 'node:crypto';
import type { Core } from '../../../core';
import type { CliIo } from '../../io';

/** Shows "Building packets: 3 of 12" on a terminal while the core works (it yields between nominees). */
export async function withProgressLine<T>(
  io: CliIo,
  core: Core,
  work: (progressKey: string) => Promise<T>,
  intervalMs = 250,
): Promise<T> {
  const progressKey = randomUUID();
  const terminal = (io.stderr as { isTTY?: boolean }).isTTY === true;
  if (!terminal) return work(progressKey);
  const timer = setInterval(() => {
    core
      .call('awards.packets.progress', { progressKey })
      .then(({ progress }) => {
        if (progress) io.stderr.write(`\rBuilding packets: ${progress.done} of ${progress.total}`);
      })
      // A poll that loses the race with the end of the run has nothing to show.
      .catch(() => undefined);
  }, intervalMs);
  try {
    return await work(progressKey);
  } finally {
    clearInterval(timer);
    io.stderr.write('\r\x1b[K');
  }
}
