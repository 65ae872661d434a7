import type { Envelope } from './errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the file is for: a spreadsheet to import, a backup to restore, or a folder to keep files in. */
export type ChooseFilePurpose = 'import' | 'backup' | 'folder';

export interface ChooseFileRequest {
  purpose: ChooseFilePurpose;
  title: string;
  filters: FileFilter[];
}

export interface ChooseSaveLocationRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

/** A file the person picked in a system dialog; null when they cancelled. */
export interface ChosenFile {
  path: string;
  fileName: string;
}

/**
 * What the renderer can reach: the preload exposes it as `window.trellis` in
 * the app, and the browser test host serves a script that defines the same
 * thing over loopback HTTP. Nothing else crosses.
 *
 * The page never names a file path on its own: paths come only from a dialog
 * the person answered, and the main process refuses any operation whose
 * `path` was not chosen that way.
 */
export interface TrellisBridge {
  invoke(operation: string, input: unknown): Promise<Envelope<unknown>>;
  chooseFile(request: ChooseFileRequest): Promise<ChosenFile | null>;
  chooseSaveLocation(request: ChooseSaveLocationRequest): Promise<ChosenFile | null>;
  /** Which database is open, the recent ones, and switching between them (the shell's, not the core's). */
  databases(request: DatabaseRequest): Promise<Envelope<DatabaseAnswer>>;
  /** Listens for the menu's commands that the window carries out; returns the way to stop listening. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
}

/** File menu items done in the window: it shows where (Settings › Backups, Export all records). */
export const shellCommands = ['back-up-now', 'restore', 'export-all'] as const;
export type ShellCommand = (typeof shellCommands)[number];

/** A database the window can open: its file, a name people recognise, and whether it holds demo records. */
export interface DatabaseEntry {
  path: string;
  name: string;
  demo: boolean;
}

export interface DatabasesView {
  current: DatabaseEntry;
  /** The office's own database, in the user-data folder. */
  office: DatabaseEntry;
  /** Opened before, newest first; the one open now included. */
  recent: DatabaseEntry[];
}

/**
 * What the page may ask of the shell about databases. Paths come only from
 * a dialog the shell shows, from the recent list, or from a demo location
 * the shell handed out: the page never names a database of its own.
 */
export type DatabaseRequest =
  | { action: 'list' }
  | { action: 'open' }
  | { action: 'new' }
  | { action: 'openOffice' }
  | { action: 'openRecent'; path: string }
  | { action: 'demoLocation' }
  | { action: 'openDemo'; path: string }
  | { action: 'forget'; path: string };

export interface DatabaseAnswer {
  view: DatabasesView;
  /** Another database is open now: the page starts over at its unlock or set-up screen. */
  switched: boolean;
  /** For `demoLocation`: where demo.createDatabase may write the demo. */
  location?: ChosenFile;
}

/** The IPC channel names shared by the preload and the main process. */
export const invokeChannel = 'trellis:invoke';
export const chooseFileChannel = 'trellis:choose-file';
export const chooseSaveLocationChannel = 'trellis:choose-save-location';
export const databasesChannel = 'trellis:databases';
export const commandChannel = 'trellis:command';
