import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DatabaseEntry } from '../common/bridge';
import { writeFileAtomicSync } from '../core';

/** How many databases File › Open Recent remembers. */
const maxRecent = 10;

const recentFile = z.array(z.object({ path: z.string().min(1), name: z.string(), demo: z.boolean() })).max(50);

/**
 * The databases opened on this computer, newest first, kept in the
 * user-data folder (paths and names only, never a record). Written to a
 * temporary name beside it, then renamed, owner-only: a crash never leaves a
 * half-written list, and a damaged one is read as empty.
 */
export class RecentDatabases {
  private readonly file: string;
  private entries: DatabaseEntry[];

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-databases.json');
    this.entries = readRecent(this.file);
  }

  list(): DatabaseEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  find(path: string): DatabaseEntry | undefined {
    return this.entries.find((entry) => entry.path === path);
  }

  remember(entry: DatabaseEntry): void {
    this.entries = [entry, ...this.entries.filter((known) => known.path !== entry.path)].slice(0, maxRecent);
    this.save();
  }

  forget(path: string): void {
    this.entries = this.entries.filter((entry) => entry.path !== path);
    this.save();
  }

  private save(): void {
    writeFileAtomicSync(this.file, Buffer.from(JSON.stringify(this.entries, null, 2)), { replace: true });
  }
}

function readRecent(file: string): DatabaseEntry[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = recentFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data.slice(0, maxRecent) : [];
  } catch {
    return [];
  }
}
