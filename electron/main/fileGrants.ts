import { basename, resolve } from 'node:path';
import type { Envelope } from '../common/errors';

/**
 * Which file paths the page may hand to the core. A path is granted only when
 * the person picked it in a system dialog during this session: an open dialog
 * grants reading it, a save dialog grants writing it. A page that was somehow
 * subverted can then not make the core read or overwrite a file of its own
 * choosing. Pure (no Electron), so the test host enforces the same rule.
 */
export type FileAccess = 'read' | 'write';

/** Operations that write to their `path` (a file, or a folder to put files in); every other operation with a `path` reads it. */
const writingOperations: ReadonlySet<string> = new Set([
  'imports.rejectedRows',
  'backups.create',
  'backups.setFolder',
  'exports.all',
  'demo.createDatabase',
]);

/** Enough for a long session of imports; the oldest grants go first. */
const maxGrants = 200;

export interface FileGrants {
  /** Records a path the person chose, and returns it with its file name for the page. */
  grant(path: string, access: FileAccess): { path: string; fileName: string };
  /** A refusal when `input` names a path that was not granted for what `operation` does; null when allowed. */
  refusal(operation: unknown, input: unknown): Envelope<never> | null;
  /**
   * Grants reading the backups the core itself listed (Settings › Backups
   * offers each for restore): those paths came from the core, not the page.
   */
  fromAnswer(operation: unknown, envelope: Envelope<unknown>): void;
}

/** The same file however the page spells it: the core trims the path and resolves it against the working folder. */
function normalise(path: string): string {
  return resolve(path.trim());
}

export function createFileGrants(): FileGrants {
  const granted = new Map<string, Set<FileAccess>>();
  const grants: FileGrants = {
    grant(path, access) {
      const key = normalise(path);
      const accesses = granted.get(key) ?? new Set<FileAccess>();
      accesses.add(access);
      granted.delete(key);
      granted.set(key, accesses);
      if (granted.size > maxGrants) granted.delete(granted.keys().next().value!);
      return { path, fileName: basename(key) };
    },
    refusal(operation, input) {
      if (typeof input !== 'object' || input === null || !('path' in input)) return null;
      const path = (input as { path: unknown }).path;
      // Not a usable path: the core's own validation answers in words.
      if (typeof path !== 'string' || path.trim() === '') return null;
      const access: FileAccess = typeof operation === 'string' && writingOperations.has(operation) ? 'write' : 'read';
      if (granted.get(normalise(path))?.has(access)) return null;
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message:
            access === 'read'
              ? 'Trellis reads only files you choose with the Choose file button. Choose the file again.'
              : 'Trellis saves only where you choose with the Save button. Choose where to save again.',
        },
      };
    },
    fromAnswer(operation, envelope) {
      for (const path of backupPathsIn(operation, envelope)) grants.grant(path, 'read');
    },
  };
  return grants;
}

/** The backup files named in an answer of `backups.list` or `backups.status`. */
function backupPathsIn(operation: unknown, envelope: Envelope<unknown>): string[] {
  if (!envelope.ok || typeof envelope.value !== 'object' || envelope.value === null) return [];
  const value = envelope.value as { backups?: { path?: unknown }[]; lastBackup?: { path?: unknown } | null };
  const entries =
    operation === 'backups.list' ? (value.backups ?? []) : operation === 'backups.status' ? [value.lastBackup] : [];
  return entries.flatMap((entry) => (typeof entry?.path === 'string' ? [entry.path] : []));
}
