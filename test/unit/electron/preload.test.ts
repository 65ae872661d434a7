/** The preload gives the page one function and nothing else. */
import { describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../../electron/core/bridge';
import { fakeContextBridge, fakeIpcRenderer } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

describe('the preload', () => {
  it('exposes exactly one function, invoke, under window.trellis', async () => {
    await import('../../../electron/preload/index');
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['trellis']);
    const bridge = fakeContextBridge.exposed.get('trellis') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
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
});
