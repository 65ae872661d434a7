/** The preload gives the page one function and nothing else. */
import { describe, expect, it, vi } from 'vitest';
import {
  chooseFileChannel,
  chooseSaveLocationChannel,
  commandChannel,
  databasesChannel,
  invokeChannel,
  type TrellisBridge,
} from '../../../electron/common/bridge';
import { fakeContextBridge, fakeIpcRenderer } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

describe('the preload', () => {
  it('exposes exactly invoke, the two file dialogs and the databases under window.trellis', async () => {
    await import('../../../electron/preload/index');
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['trellis']);
    const bridge = fakeContextBridge.exposed.get('trellis') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke', 'chooseFile', 'chooseSaveLocation', 'databases', 'onCommand']);
    for (const key of Object.keys(bridge)) expect(typeof bridge[key]).toBe('function');
  });

  it('asks for each dialog on its own channel', async () => {
    await import('../../../electron/preload/index');
    const bridge = fakeContextBridge.exposed.get('trellis') as TrellisBridge;
    fakeIpcRenderer.invoke.mockClear();
    const open = { purpose: 'import' as const, title: 'Choose', filters: [] };
    await bridge.chooseFile(open);
    const save = { title: 'Save', defaultName: 'rows.xlsx', filters: [] };
    await bridge.chooseSaveLocation(save);
    await bridge.databases({ action: 'list' });
    expect(fakeIpcRenderer.invoke.mock.calls).toEqual([
      [chooseFileChannel, open],
      [chooseSaveLocationChannel, save],
      [databasesChannel, { action: 'list' }],
    ]);
  });

  it('sends the operation and input on the one channel and returns the answer', async () => {
    await import('../../../electron/preload/index');
    const bridge = fakeContextBridge.exposed.get('trellis') as {
      invoke: (op: string, input: unknown) => Promise<unknown>;
    };
    fakeIpcRenderer.invoke.mockClear();
    const answer = await bridge.invoke('faculty.list', { search: 'ada' });
    expect(fakeIpcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(invokeChannel, 'faculty.list', { search: 'ada' });
    expect(answer).toEqual({ ok: true, value: 'from main' });
  });

  it('passes on only the File menu’s known commands, and stops when asked', async () => {
    await import('../../../electron/preload/index');
    const bridge = fakeContextBridge.exposed.get('trellis') as TrellisBridge;
    const heard: string[] = [];
    const stop = bridge.onCommand((command) => heard.push(command));
    const send = (command: unknown) =>
      (fakeIpcRenderer.listeners.get(commandChannel) ?? []).forEach((listener) => listener({}, command));
    send('back-up-now');
    send('format-disk');
    send('export-all');
    stop();
    send('restore');
    expect(heard).toEqual(['back-up-now', 'export-all']);
  });
});
