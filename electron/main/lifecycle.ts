import type { App, BrowserWindow } from 'electron';
import type { Core } from '../core';

/**
 * Closes the database (its key leaves memory with the connection) and reloads
 * the window: the renderer starts over at the unlock screen, and no decrypted
 * record stays behind in its memory.
 */
export async function lockRecords(core: Pick<Core, 'close'>, window: BrowserWindow | null): Promise<void> {
  await core.close();
  window?.webContents.reload();
}

export interface LifecycleSettings {
  app: App;
  core: Pick<Core, 'close'>;
  platform: NodeJS.Platform;
  showMainWindow: () => void;
  logError: (message: string) => void;
}

export function handleAppLifecycle({ app, core, platform, showMainWindow, logError }: LifecycleSettings): void {
  // A second launch (we hold the single-instance lock) brings this window forward.
  app.on('second-instance', () => showMainWindow());
  // macOS: clicking the Dock icon with no window open opens one.
  app.on('activate', () => showMainWindow());

  app.on('window-all-closed', () => {
    if (platform === 'darwin') {
      // macOS apps stay running without windows; the records lock all the same.
      core.close().catch(() => logError('Locking the records failed.'));
    } else {
      app.quit();
    }
  });

  // Quit waits for the database to close cleanly, then quits for real.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    core
      .close()
      .catch(() => logError('Closing the records failed.'))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
