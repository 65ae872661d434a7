import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { keySlotPath } from '../../db/keySlots';
import type { Core } from '../../electron/core/core';

/** The records' files as bytes' fingerprints: "nothing changed" means these are equal. */
export function fingerprintOf(databasePath: string): Record<string, string | null> {
  const files = [databasePath, `${databasePath}-wal`, keySlotPath(databasePath)];
  return Object.fromEntries(
    files.map((f) => [f, existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : null]),
  );
}

export async function addPeople(core: Core, names: string[]): Promise<void> {
  for (const name of names) {
    await core.call('faculty.create', {
      name,
      email: `${name.normalize('NFD').replace(/[^A-Za-z]/g, '')}@med.example.edu`.toLowerCase(),
      rank: 'Associate Professor',
      department: 'Psychiatry and Behavioral Sciences',
    });
  }
}

export async function facultyNames(core: Core): Promise<string[]> {
  const { rows } = await core.call('faculty.list', { limit: 500 });
  return rows.map((r) => r.name).sort();
}

export async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}
