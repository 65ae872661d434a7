import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { z } from 'zod';
import { chooseFileChannel, chooseSaveLocationChannel, type ChosenFile } from '../common/bridge';
import type { FileGrants } from './fileGrants';
import type { SenderCheck } from './ipc';

/** What the page may ask a dialog to show: a title, a suggested name, and file types. Nothing else reaches Electron. */
const filters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/)).max(10),
    }),
  )
  .max(10);
const chooseFileRequest = z.object({
  purpose: z.enum(['import', 'backup', 'folder']),
  title: z.string().max(200),
  filters,
});
const chooseSaveRequest = z.object({
  title: z.string().max(200),
  // A file name only: the page cannot suggest a folder to save into.
  defaultName: z
    .string()
    .max(200)
    .regex(/^[^/\\]*$/),
  filters,
});

export interface FileDialogSettings {
  ipcMain: IpcMain;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  getMainWindow: () => BrowserWindow | null;
  isTrustedSender: SenderCheck;
  grants: FileGrants;
}

/**
 * The open and save dialogs the page can ask for. Each shows on the main
 * window (so it is modal to it), and the path the person picks is granted for
 * this session; a cancelled dialog, a request from elsewhere or a malformed
 * request answers null and grants nothing.
 */
export function registerFileDialogs({
  ipcMain,
  dialog,
  getMainWindow,
  isTrustedSender,
  grants,
}: FileDialogSettings): void {
  ipcMain.handle(chooseFileChannel, async (event, request: unknown): Promise<ChosenFile | null> => {
    const window = getMainWindow();
    const parsed = chooseFileRequest.safeParse(request);
    if (!window || !isTrustedSender(event) || !parsed.success) return null;
    const folder = parsed.data.purpose === 'folder';
    const answer = await dialog.showOpenDialog(window, {
      title: parsed.data.title,
      filters: folder ? [] : parsed.data.filters,
      properties: folder ? ['openDirectory', 'createDirectory'] : ['openFile'],
    });
    const path = answer.canceled ? undefined : answer.filePaths[0];
    if (!path) return null;
    // A folder is chosen to keep files in (backups): Trellis writes there.
    if (folder) grants.grant(path, 'write');
    return grants.grant(path, 'read');
  });

  ipcMain.handle(chooseSaveLocationChannel, async (event, request: unknown): Promise<ChosenFile | null> => {
    const window = getMainWindow();
    const parsed = chooseSaveRequest.safeParse(request);
    if (!window || !isTrustedSender(event) || !parsed.success) return null;
    const answer = await dialog.showSaveDialog(window, {
      title: parsed.data.title,
      defaultPath: parsed.data.defaultName,
      filters: parsed.data.filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return !answer.canceled && answer.filePath ? grants.grant(answer.filePath, 'write') : null;
  });
}
