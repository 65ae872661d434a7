import { app, dialog, ipcMain, Menu, session, shell } from 'electron';
import { commandChannel } from '../common/bridge';
import { createCore } from '../core';
import { auditActor } from './actor';
import { databaseDialogs, registerDatabaseIpc } from './databaseIpc';
import { createDatabaseSwitcher } from './databases';
import { windowTitle } from './windowTitle';
import { developmentServerUrl, preloadPath, rendererRoot } from './environment';
import { registerFileDialogs } from './fileDialogs';
import { createFileGrants } from './fileGrants';
import { registerIpc, mainWindowSenderCheck } from './ipc';
import { handleAppLifecycle, lockRecords } from './lifecycle';
import { applicationMenuTemplate } from './menu';
import { appEntryUrl, pageTrust } from './origins';
import { serveRendererOnAppScheme } from './protocol';
import { guardAllWebContents, lockDownSession } from './security';
import { keepOneMainWindow, openMainWindow, windowPartition } from './window';

/** Messages from the core and the shell name what failed, never record content. */
const logError = (message: string) => console.error(message);

/** Everything that happens once Electron is ready, in the order it must. */
export function startTrellis(): void {
  const devServer = developmentServerUrl(app.isPackaged);
  const isDevelopment = devServer !== null;
  const isAppPage = pageTrust(devServer);

  // The office's records live in the OS user-data folder (e.g. %APPDATA%\Trellis),
  // the same place the command line looks; File › Open database… opens others.
  const userDataDir = app.getPath('userData');
  const actor = auditActor();

  // Rules first, so they are in force before any page exists. The window uses
  // its own in-memory session; the default one gets the same rules in case
  // anything else ever opens.
  const windowSession = session.fromPartition(windowPartition);
  for (const browserSession of [windowSession, session.defaultSession]) {
    lockDownSession(browserSession, isAppPage, devServer);
  }
  guardAllWebContents(app, isAppPage);
  serveRendererOnAppScheme(windowSession.protocol, rendererRoot);

  const mainWindow = keepOneMainWindow(() => {
    const window = openMainWindow({ preloadPath, startUrl: devServer?.href ?? appEntryUrl, isDevelopment }, logError);
    // The title names the database open (and "Demo"), whatever page is shown.
    window.on('page-title-updated', (event, title) => {
      event.preventDefault();
      window.setTitle(windowTitle(title, databases.view().current));
    });
    return window;
  });
  const isTrustedSender = mainWindowSenderCheck(mainWindow.current, isAppPage);
  // Paths the person chose in a dialog, this session only: the page cannot name files on its own.
  const grants = createFileGrants();
  const databases = createDatabaseSwitcher({
    userDataDir,
    openCore: (databasePath) => createCore({ databasePath, actor, logError }),
    ...databaseDialogs(dialog, mainWindow.current),
    grants,
    logError,
  });
  // Every call goes to the database open now.
  const core = {
    invoke: (operation: unknown, input: unknown) => databases.current().invoke(operation, input),
    close: () => databases.close(),
  };
  registerIpc(ipcMain, core, isTrustedSender, grants);
  // The page starts over by itself after a switch it asked for; the menu's Open Recent follows.
  registerDatabaseIpc(ipcMain, databases, isTrustedSender, () => installMenu());
  registerFileDialogs({ ipcMain, dialog, getMainWindow: mainWindow.current, isTrustedSender, grants });

  /** After a switch from the menu: the window starts over at the new database's first screen. */
  const switched = () => {
    installMenu();
    mainWindow.current()?.webContents.reload();
  };
  const failed = () => logError('Opening another database failed.');
  const installMenu = () => {
    const { current, recent } = databases.view();
    const menu = applicationMenuTemplate({
      platform: process.platform,
      isDevelopment,
      appName: app.name,
      recent: recent.filter((entry) => entry.path !== current.path),
      actions: {
        newDatabase: () =>
          void databases.handle({ action: 'new' }).then((answer) => answer.ok && answer.value.switched && switched()),
        openDatabase: () =>
          void databases.handle({ action: 'open' }).then((answer) => answer.ok && answer.value.switched && switched()),
        openRecent: (path) => void databases.switchTo(path).then(switched, failed),
        command: (command) => {
          mainWindow.show();
          mainWindow.current()?.webContents.send(commandChannel, command);
        },
        lock: () => void lockRecords(core, mainWindow.current()).catch(() => logError('Locking the records failed.')),
        showDataFolder: () => void shell.openPath(userDataDir),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  };
  installMenu();

  handleAppLifecycle({ app, core, platform: process.platform, showMainWindow: mainWindow.show, logError });
  mainWindow.show();
}
