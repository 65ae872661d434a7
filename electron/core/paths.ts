import { homedir } from 'node:os';
import { join } from 'node:path';

/** Matches `productName` in package.json, which Electron uses for the user-data folder. */
export const appFolderName = 'Trellis';
export const databaseFileName = 'trellis.db';

/**
 * The folder Electron's `app.getPath('userData')` returns for Trellis, computed
 * without Electron so the command line opens the same database as the app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName);
}

export function databasePathIn(folder: string): string {
  return join(folder, databaseFileName);
}
