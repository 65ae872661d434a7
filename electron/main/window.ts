import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/**
 * The window's browser session. Without a `persist:` prefix Electron keeps it
 * in memory: whatever the page caches or stores (HTTP cache, localStorage,
 * IndexedDB) never reaches the disk unencrypted, and is gone when Trellis
 * quits. Settings worth keeping belong in the encrypted database.
 */
export const windowPartition = 'trellis';

export interface MainWindowSettings {
  preloadPath: string;
  /** Where the renderer is loaded from: app://trellis/index.html, or the dev server. */
  startUrl: string;
  /** DevTools only in `npm run dev`: confidential records stay out of reach of a console. */
  isDevelopment: boolean;
}

export function mainWindowOptions({ preloadPath, isDevelopment }: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Trellis',
    width: 1320,
    height: 860,
    minWidth: 1000,
    minHeight: 640,
    // Shown on ready-to-show, so staff never see an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      partition: windowPartition,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off: it fetches dictionaries from the network and hands typed text (names,
      // confidential notes) to the OS spell-checker, which can learn from it.
      spellcheck: false,
      devTools: isDevelopment,
    },
  };
}

export function openMainWindow(settings: MainWindowSettings, logError: (message: string) => void): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    logError(`The Trellis window stopped unexpectedly (${details.reason}).`);
  });
  window.loadURL(settings.startUrl).catch(() => logError('The Trellis window could not load its page.'));
  return window;
}

export interface MainWindowKeeper {
  /** The open main window, or null after it was closed. */
  current(): BrowserWindow | null;
  /** Brings the main window to the front, opening it if none is open. */
  show(): BrowserWindow;
}

/** Trellis has one window; this keeps it and reopens it when asked. */
export function keepOneMainWindow(open: () => BrowserWindow): MainWindowKeeper {
  let window: BrowserWindow | null = null;
  const current = () => (window && !window.isDestroyed() ? window : null);
  return {
    current,
    show() {
      const existing = current();
      if (existing) {
        if (existing.isMinimized()) existing.restore();
        existing.focus();
        return existing;
      }
      const opened = open();
      opened.on('closed', () => {
        if (window === opened) window = null;
      });
      window = opened;
      return opened;
    },
  };
}
