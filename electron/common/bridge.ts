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
}

/** The IPC channel names shared by the preload and the main process. */
export const invokeChannel = 'trellis:invoke';
export const chooseFileChannel = 'trellis:choose-file';
export const chooseSaveLocationChannel = 'trellis:choose-save-location';
