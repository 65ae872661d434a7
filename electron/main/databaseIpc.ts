import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { databasesChannel, type DatabaseAnswer } from '../common/bridge';
import type { Envelope } from '../common/errors';
import type { DatabaseSwitcher } from './databases';
import { forbiddenEnvelope, type SenderCheck } from './ipc';

const databaseFilters = [{ name: 'Trellis databases', extensions: ['db'] }];

/** The system dialogs behind File › Open database… and New database…; null when cancelled. */
export function databaseDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  getWindow: () => BrowserWindow | null,
) {
  return {
    async chooseExisting(): Promise<string | null> {
      const window = getWindow();
      if (!window) return null;
      const answer = await dialog.showOpenDialog(window, {
        title: 'Open a Trellis database',
        filters: databaseFilters,
        properties: ['openFile'],
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async chooseNew(): Promise<string | null> {
      const window = getWindow();
      if (!window) return null;
      const answer = await dialog.showSaveDialog(window, {
        title: 'Where the new database goes',
        defaultPath: 'Trellis.db',
        filters: databaseFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return !answer.canceled && answer.filePath ? answer.filePath : null;
    },
  };
}

/** The page's one way to the database switcher, from the main window's own page only. */
export function registerDatabaseIpc(
  ipcMain: IpcMain,
  databases: DatabaseSwitcher,
  isTrustedSender: SenderCheck,
  onSwitched: () => void,
): void {
  ipcMain.handle(databasesChannel, async (event, request: unknown): Promise<Envelope<DatabaseAnswer>> => {
    if (!isTrustedSender(event)) return forbiddenEnvelope;
    const answer = await databases.handle(request);
    if (answer.ok && answer.value.switched) onSwitched();
    return answer;
  });
}
