import type { MenuItemConstructorOptions } from 'electron';
import type { DatabaseEntry, ShellCommand } from '../common/bridge';

export interface MenuActions {
  /** A new database in a place the person chooses (save dialog), opened at its set-up screen. */
  newDatabase(): void;
  /** Another database the person chooses (open dialog). */
  openDatabase(): void;
  openRecent(path: string): void;
  /** Back up now…, Restore from backup…, Export all records…: the window shows where that is done. */
  command(command: ShellCommand): void;
  /** Close the database and return the window to the unlock screen. */
  lock(): void;
  /** Open the folder that holds the encrypted database (for IT and backups). */
  showDataFolder(): void;
}

export interface MenuSettings {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  appName: string;
  actions: MenuActions;
  /** File › Open Recent, newest first (the one open now left out). */
  recent?: DatabaseEntry[];
}

/**
 * The standard application menu. On macOS the app menu comes first and holds
 * About and Quit, and File ends with Close Window, as the platform expects;
 * elsewhere File ends with Quit and Help holds About.
 */
export function applicationMenuTemplate({
  platform,
  isDevelopment,
  appName,
  actions,
  recent = [],
}: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'new-database', label: 'New Database…', click: () => actions.newDatabase() },
      { id: 'open-database', label: 'Open Database…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
      {
        id: 'open-recent',
        label: 'Open Recent',
        enabled: recent.length > 0,
        submenu: recent.map((entry) => ({
          label: entry.demo ? `${entry.name} (Demo)` : entry.name,
          toolTip: entry.path,
          click: () => actions.openRecent(entry.path),
        })),
      },
      { type: 'separator' },
      { id: 'back-up-now', label: 'Back Up Now…', click: () => actions.command('back-up-now') },
      { id: 'restore', label: 'Restore from Backup…', click: () => actions.command('restore') },
      { id: 'export-all', label: 'Export All Records…', click: () => actions.command('export-all') },
      { type: 'separator' },
      { id: 'lock', label: `Lock ${appName}`, accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Reload and DevTools are for developers; in the app a reload would only
  // drop unsaved form input.
  const developerItems: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { id: 'show-data-folder', label: 'Show Data Folder', click: () => actions.showDataFolder() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, { role: 'editMenu' }, viewMenu, { role: 'windowMenu' }, helpMenu];
}
