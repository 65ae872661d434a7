/**
 * The file dialogs as the main process wires them, with the stand-in
 * `electron` module: a dialog shows on the main window, the path picked there
 * becomes usable by operations, and any other path is refused before the core
 * sees it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseFileChannel, chooseSaveLocationChannel, invokeChannel } from '../../../electron/common/bridge';
import type { Envelope } from '../../../electron/common/errors';
import { FakeBrowserWindow, fakeApp, fakeDialog, fakeIpcMain, type FakeFrame } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

let userDataDir: string;
const openRequest = {
  purpose: 'import',
  title: 'Choose a roster',
  filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }],
};
const saveRequest = { title: 'Save rejected rows', defaultName: 'rejected rows.xlsx', filters: [] };

function window(): FakeBrowserWindow {
  return FakeBrowserWindow.instances.at(-1)!;
}
function fromWindow(frame: FakeFrame = window().webContents.mainFrame) {
  return { sender: window().webContents, senderFrame: frame };
}
async function call(channel: string, from: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fakeIpcMain.handlers.get(channel);
  if (!handler) throw new Error(`Nothing handles ${channel}.`);
  return handler(from, ...args);
}
async function codeOf(operation: string, input: unknown): Promise<string> {
  const envelope = (await call(invokeChannel, fromWindow(), operation, input)) as Envelope<unknown>;
  return envelope.ok ? 'ok' : envelope.error.code;
}

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'trellis-dialogs-'));
  fakeApp.userDataDir = userDataDir;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
});

afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

describe('choosing files in the app', () => {
  it('refuses an operation on a path nobody chose, before the core runs', async () => {
    const envelope = await call(invokeChannel, fromWindow(), 'imports.inspect', { path: '/etc/passwd' });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/Choose the file again/) },
    });
  });

  it('shows the open dialog on the main window and grants the picked file for reading only', async () => {
    const picked = join(userDataDir, 'roster.xlsx');
    fakeDialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] });
    expect(await call(chooseFileChannel, fromWindow(), openRequest)).toEqual({ path: picked, fileName: 'roster.xlsx' });
    expect(fakeDialog.showOpenDialog).toHaveBeenLastCalledWith(window(), {
      title: 'Choose a roster',
      filters: openRequest.filters,
      properties: ['openFile'],
    });
    // It reaches the core now (which answers that the records are locked: no database was opened here).
    expect(await codeOf('imports.inspect', { path: picked })).toBe('LOCKED');
    expect(await codeOf('imports.rejectedRows', { batchId: 1, path: picked })).toBe('FORBIDDEN');
  });

  it('grants a save location for writing only', async () => {
    const picked = join(userDataDir, 'rejected rows.xlsx');
    fakeDialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: picked });
    expect(await call(chooseSaveLocationChannel, fromWindow(), saveRequest)).toEqual({
      path: picked,
      fileName: 'rejected rows.xlsx',
    });
    expect(fakeDialog.showSaveDialog).toHaveBeenLastCalledWith(
      window(),
      expect.objectContaining({ defaultPath: 'rejected rows.xlsx' }),
    );
    expect(await codeOf('imports.rejectedRows', { batchId: 1, path: picked })).toBe('LOCKED');
    expect(await codeOf('imports.inspect', { path: picked })).toBe('FORBIDDEN');
  });

  it('answers null and grants nothing when the dialog is cancelled', async () => {
    expect(await call(chooseFileChannel, fromWindow(), openRequest)).toBeNull();
    expect(await call(chooseSaveLocationChannel, fromWindow(), saveRequest)).toBeNull();
  });

  it('shows no dialog for a foreign frame or a malformed request', async () => {
    fakeDialog.showOpenDialog.mockClear();
    fakeDialog.showSaveDialog.mockClear();
    const foreign = { ...window().webContents.mainFrame, url: 'https://evil.example/' };
    expect(await call(chooseFileChannel, fromWindow(foreign), openRequest)).toBeNull();
    expect(await call(chooseFileChannel, fromWindow(), { ...openRequest, purpose: 'anything' })).toBeNull();
    expect(
      await call(chooseSaveLocationChannel, fromWindow(), { ...saveRequest, defaultName: '../../.bashrc' }),
    ).toBeNull();
    expect(fakeDialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fakeDialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
