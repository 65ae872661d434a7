/** A second launch while Trellis runs leaves at once, opening nothing. */
import { describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../../electron/common/bridge';
import { FakeBrowserWindow, fakeApp, fakeIpcMain } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

describe('a second instance', () => {
  it('quits without opening a window or the database', async () => {
    fakeApp.singleInstanceLockGranted = false;
    await import('../../../electron/main/index');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeApp.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fakeApp.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fakeIpcMain.handlers.has(invokeChannel)).toBe(false);
  });
});
