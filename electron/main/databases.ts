import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { ChosenFile, DatabaseAnswer, DatabaseEntry, DatabaseRequest, DatabasesView } from '../common/bridge';
import type { Envelope } from '../common/errors';
import { databaseFileName, databasePathIn, type Core } from '../core';
import type { FileGrants } from './fileGrants';
import { RecentDatabases } from './recentDatabases';

/** Where "Explore with demo data" puts its databases: in the user-data folder, apart from the office's. */
export const demoFolderName = 'Demo databases';

const request = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list') }),
  z.object({ action: z.literal('open') }),
  z.object({ action: z.literal('new') }),
  z.object({ action: z.literal('openOffice') }),
  z.object({ action: z.literal('openRecent'), path: z.string().min(1).max(4096) }),
  z.object({ action: z.literal('demoLocation') }),
  z.object({ action: z.literal('openDemo'), path: z.string().min(1).max(4096) }),
  z.object({ action: z.literal('forget'), path: z.string().min(1).max(4096) }),
]);

export interface DatabaseSwitcherSettings {
  /** The office's own database lives here (the OS user-data folder), and the recent list beside it. */
  userDataDir: string;
  openCore(databasePath: string): Core;
  /** The person picks an existing database (open dialog); null when cancelled. */
  chooseExisting(): Promise<string | null>;
  /** The person picks where a new database goes (save dialog); null when cancelled. */
  chooseNew(): Promise<string | null>;
  grants: Pick<FileGrants, 'grant'>;
  logError(message: string): void;
}

export interface DatabaseSwitcher {
  /** The core of the database open now. */
  current(): Core;
  view(): DatabasesView;
  handle(request: unknown): Promise<Envelope<DatabaseAnswer>>;
  /** Closes the open database and opens `path` (File › Open Recent, the menu's own dialogs). */
  switchTo(path: string, demo?: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * One database open at a time, and the way to another: New, Open, Open
 * Recent, the demo. Pure (no Electron), so the desktop shell and the browser
 * test host switch databases the same way. Switching locks the open records
 * first (their automatic backup is taken then), and each database keeps its
 * own key file beside it.
 */
export function createDatabaseSwitcher(settings: DatabaseSwitcherSettings): DatabaseSwitcher {
  const officePath = databasePathIn(settings.userDataDir);
  const recent = new RecentDatabases(settings.userDataDir);
  const demoFolder = join(settings.userDataDir, demoFolderName);
  /** Demo locations handed out this session: the only paths openDemo accepts. */
  const demoLocations = new Set<string>();
  let currentPath = officePath;
  let core = settings.openCore(currentPath);

  const entryFor = (path: string, demo?: boolean): DatabaseEntry => {
    const known = recent.find(path);
    return { path, name: nameOf(path, officePath, demoFolder), demo: demo ?? known?.demo ?? false };
  };

  async function switchTo(path: string, demo?: boolean): Promise<void> {
    const target = resolve(path);
    const previous = currentPath;
    if (target !== currentPath) {
      await core.close();
      currentPath = target;
      core = settings.openCore(target);
    }
    try {
      // The one left stays a click away in the list, below the one opened.
      if (previous !== target) recent.remember(entryFor(previous));
      recent.remember(entryFor(target, demo));
    } catch {
      // The list is a convenience: the database opens even when it cannot be saved.
      settings.logError('The list of recent databases could not be saved.');
    }
  }

  function view(): DatabasesView {
    return { current: entryFor(currentPath), office: entryFor(officePath), recent: recent.list() };
  }

  async function answer(parsed: DatabaseRequest): Promise<DatabaseAnswer> {
    const switchedTo = async (path: string | null, demo?: boolean) => {
      if (path === null) return { view: view(), switched: false };
      await switchTo(path, demo);
      return { view: view(), switched: true };
    };
    switch (parsed.action) {
      case 'list':
        return { view: view(), switched: false };
      case 'open':
        return switchedTo(await settings.chooseExisting());
      case 'new':
        return switchedTo(await settings.chooseNew());
      case 'openOffice':
        return switchedTo(officePath);
      case 'openRecent':
        return switchedTo(recent.find(resolve(parsed.path)) ? resolve(parsed.path) : refused('recent'));
      case 'demoLocation': {
        const location = nextDemoLocation(demoFolder);
        demoLocations.add(location);
        const chosen: ChosenFile = settings.grants.grant(location, 'write');
        return { view: view(), switched: false, location: chosen };
      }
      case 'openDemo':
        return switchedTo(demoLocations.has(resolve(parsed.path)) ? resolve(parsed.path) : refused('demo'), true);
      case 'forget':
        recent.forget(resolve(parsed.path));
        return { view: view(), switched: false };
    }
  }

  return {
    current: () => core,
    view,
    switchTo,
    async handle(raw) {
      const parsed = request.safeParse(raw);
      if (!parsed.success) return refusal('Trellis does not know that request.');
      try {
        return { ok: true, value: await answer(parsed.data) };
      } catch (error) {
        if (error instanceof RefusedPath) return refusal(error.message);
        settings.logError(`Switching databases failed: ${error instanceof Error ? error.name : 'unknown error'}`);
        return { ok: false, error: { code: 'INTERNAL', message: 'That database could not be opened.' } };
      }
    },
    close: () => core.close(),
  };
}

class RefusedPath extends Error {}

function refused(kind: 'recent' | 'demo'): never {
  throw new RefusedPath(
    kind === 'recent'
      ? 'That database is not in the list of recent ones. Open it with Open database….'
      : 'That is not a demo database Trellis made. Explore with demo data again.',
  );
}

function refusal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message } };
}

/** "Office database", "Demo 2", or the file's (or its folder's) name. */
function nameOf(path: string, officePath: string, demoFolder: string): string {
  if (path === officePath) return 'Office database';
  if (dirname(path) === demoFolder) return basename(path, '.db');
  const file = basename(path);
  return file === databaseFileName ? basename(dirname(path)) : file.replace(/\.db$/i, '');
}

/** A demo database that does not exist yet: "Demo 1.db", "Demo 2.db", … */
function nextDemoLocation(folder: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (let n = 1; ; n++) {
    const path = join(folder, `Demo ${n}.db`);
    if (!existsSync(path) && !existsSync(`${path}.keys`)) return path;
  }
}
