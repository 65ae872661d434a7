import type { Core } from '../../../core';
import type { ImportProgress } from '../../../core/imports/contract';
import type { CliIo } from '../../io';

const phaseWords: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  matching: 'Matching people',
  writing: 'Writing',
  undoing: 'Undoing',
  done: 'Done',
};

/**
 * Runs `work` under a progress key and, when stderr is a terminal and the
 * work takes over a second, shows its progress there on one line (stdout
 * stays clean for --json). Scripts and pipes see nothing.
 */
export async function withProgress<T>(
  core: Core,
  io: CliIo,
  key: string,
  work: (progressKey: string) => Promise<T>,
): Promise<T> {
  const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
  if (!stderr.isTTY) return work(key);
  const began = Date.now();
  let shown = false;
  const timer = setInterval(() => {
    if (Date.now() - began < 1000) return;
    void core
      .call('imports.progress', { progressKey: key })
      .then(({ progress }) => {
        if (!progress || progress.phase === 'done') return;
        const amount =
          progress.total && progress.total > 0
            ? ` ${Math.min(100, Math.round((progress.done / progress.total) * 100))}%`
            : progress.done > 0
              ? ` ${progress.done.toLocaleString('en-US')} rows`
              : '';
        stderr.write(`\r\x1b[2K${phaseWords[progress.phase]}…${amount}`);
        shown = true;
      })
      .catch(() => undefined);
  }, 250);
  try {
    return await work(key);
  } finally {
    clearInterval(timer);
    if (shown) stderr.write('\r\x1b[2K');
  }
}
