import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./writeLoop.ts', import.meta.url));

export interface Writer {
  /** Commits the writer has reported so far. */
  wrote(): number;
  /** Codes of writes it was refused (DATABASE_BUSY…). */
  refused(): string[];
  /** Resolves once it has committed at least `count` rows. */
  waitFor(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts test/support/writeLoop.ts in its own process, unlocked, writing a faculty row every `intervalMs`. */
export async function startWriter(databasePath: string, passphrase: string, intervalMs: number): Promise<Writer> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', script, databasePath, passphrase, String(intervalMs)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let wrote = 0;
  const refused: string[] = [];
  let buffer = '';
  const waiters: { count: number; resolve: () => void }[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`writer exited ${code}: ${stderr}`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        else if (line.startsWith('wrote ')) wrote = Number(line.slice(6));
        else if (line.startsWith('refused ')) refused.push(line.slice(8));
      }
      for (const waiter of waiters.filter((w) => wrote >= w.count)) waiter.resolve();
    });
  });
  await ready;
  const exited = new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
  });
  return {
    wrote: () => wrote,
    refused: () => refused,
    waitFor: (count) =>
      wrote >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    stop: () => {
      child.stdin.end();
      return exited;
    },
  };
}
