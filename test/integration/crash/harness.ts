import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/core';
import { fastKdf, testPassphrase } from '../../support/tempCore';
import { spawnTrellis } from '../cli/runTrellis';

/** Mulberry32: the same seed gives the same kill moments, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface RunOutcome {
  /** True when SIGKILL reached the process while it was still working. */
  killed: boolean;
  code: number | null;
  stderr: string;
  elapsedMs: number;
}

/**
 * Runs the real `trellis` bin and, after `killAfterMs` (if given), sends it
 * SIGKILL: no handler runs, no file is closed — as a power cut or a crash.
 */
export function runAndMaybeKill(args: string[], home: string, killAfterMs: number | null): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawnTrellis(args, { home, env: { TRELLIS_PASSPHRASE: testPassphrase } });
    let stderr = '';
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    child.stdin.end();
    const timer =
      killAfterMs === null
        ? null
        : setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killed, code, stderr, elapsedMs: Date.now() - started });
    });
  });
}

/** The database's own files and what Trellis writes beside it (journals, set-aside copies, Backups). */
export function resetFrom(pristine: string, folder: string): void {
  for (const name of readdirSync(folder))
    if (name.startsWith('trellis.db') || name.startsWith('.trellis.db') || name === 'Backups')
      rmSync(join(folder, name), { recursive: true, force: true });
  for (const name of readdirSync(pristine)) copyFileSync(join(pristine, name), join(folder, name));
}

export function snapshotFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of ['trellis.db', 'trellis.db.keys']) copyFileSync(join(from, name), join(to, name));
  if (existsSync(join(from, 'trellis.db-wal'))) throw new Error('close the database before taking its files');
}

/** Opens the records as the app would after the crash: the right passphrase, the full integrity check. */
export async function openAfterCrash<T>(
  databasePath: string,
  look: (core: Core) => Promise<T>,
): Promise<T & { integrity: string }> {
  const core = createCore({ databasePath, actor: 'after the crash', kdfCost: fastKdf, automaticBackups: false });
  try {
    await core.call('vault.unlock', { passphrase: testPassphrase });
    const { integrity } = await core.call('vault.details', {});
    return { ...(await look(core)), integrity };
  } finally {
    await core.close();
  }
}

/** Backup files in a folder that a kill may have left: every one must verify, or it is a half-written one. */
export async function unsoundBackups(core: Core, folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const unsound: string[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.trellisbackup'))) {
    const verdict = await core.invoke('backups.verify', { path: join(folder, name), passphrase: testPassphrase });
    if (!verdict.ok) unsound.push(name);
  }
  return unsound;
}
