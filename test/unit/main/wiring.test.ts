/**
 * The main process, started as Electron would start it but with a stand-in
 * `electron` module: the window it opens, the rules it gives Electron, and
 * IPC calls from the window reaching the real core on a real (temporary)
 * encrypted database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandChannel, databasesChannel, invokeChannel } from '../../../electron/common/bridge';
import { operationNames } from '../../../electron/core/contract';
import type { Envelope } from '../../../electron/common/errors';
import { databasePathIn } from '../../../electron/core/paths';
import {
  FakeBrowserWindow,
  FakeEvent,
  FakeWebContents,
  fakeApp,
  fakeIpcMain,
  fakeMenu,
  fakeProtocol,
  fakeSession,
  type FakeSession,
  type FakeFrame,
  type FakeMenuItem,
} from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const appPage = 'app://trellis/index.html';
const passphrase = 'correct horse battery staple';
let userDataDir: string;

/** The open window (a closed one stays in `instances`, destroyed). */
function mainWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.filter((w) => !w.isDestroyed()).at(-1);
  if (!window) throw new Error('The main process opened no window.');
  return window;
}

interface Sender {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

/** The browser session the window's partition names, as Electron would give it. */
function windowSession(): FakeSession {
  const { partition } = mainWindow().options.webPreferences as { partition?: string };
  return partition === undefined ? fakeSession.defaultSession : fakeSession.fromPartition(partition);
}

function fromMainWindow(): Sender {
  return { sender: mainWindow().webContents, senderFrame: mainWindow().webContents.mainFrame };
}

/** Calls the registered IPC handler the way ipcRenderer.invoke from the preload reaches it. */
async function callCore(
  operation: unknown,
  input: unknown,
  from: Sender = fromMainWindow(),
): Promise<Envelope<unknown>> {
  const handler = fakeIpcMain.handlers.get(invokeChannel);
  if (!handler) throw new Error(`Nothing handles ${invokeChannel}.`);
  return (await handler(from, operation, input)) as Envelope<unknown>;
}

function outcome(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'ok' : envelope.error.code;
}

async function vaultState(): Promise<unknown> {
  const envelope = await callCore('vault.status', {});
  return envelope.ok ? (envelope.value as { state: string }).state : envelope.error.code;
}

function menuItem(path: string[]): FakeMenuItem {
  let items = fakeMenu.applicationMenu?.template ?? [];
  let found: FakeMenuItem | undefined;
  for (const name of path) {
    found = items.find((item) => item.label?.replace('&', '') === name || item.role === name || item.id === name);
    if (!found) throw new Error(`No menu item ${path.join(' > ')}.`);
    items = found.submenu ?? [];
  }
  return found!;
}

function navigation(name: string, url: string): FakeEvent {
  const event = new FakeEvent(url);
  mainWindow().webContents.emit(name, event, url);
  return event;
}

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'trellis-shell-'));
  fakeApp.userDataDir = userDataDir;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
});

afterAll(() => {
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('starting', () => {
  it('asks for the single-instance lock and brings the one window forward on a second launch', () => {
    expect(fakeApp.requestSingleInstanceLock).toHaveBeenCalled();
    const focusedBefore = mainWindow().focused;
    fakeApp.emit('second-instance', new FakeEvent(), [], userDataDir);
    expect(mainWindow().focused).toBe(focusedBefore + 1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('sandboxes every renderer and registers app:// as a standard, secure scheme before ready', () => {
    expect(fakeApp.enableSandbox).toHaveBeenCalled();
    expect(fakeProtocol.registeredBeforeReady).toBe(true);
    expect(fakeProtocol.privilegedSchemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });
});

describe('the main window', () => {
  it('isolates and sandboxes the renderer, with the preload as its only bridge', () => {
    const { options } = mainWindow();
    expect(options).toMatchObject({
      title: 'Trellis',
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
      },
    });
    const preload = (options.webPreferences as { preload: string }).preload;
    expect(isAbsolute(preload)).toBe(true);
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
  });

  it('loads the renderer from app://trellis/ and shows itself when ready', () => {
    expect(mainWindow().loadedUrl).toBe(appPage);
    expect(mainWindow().visible).toBe(false);
    mainWindow().emit('ready-to-show');
    expect(mainWindow().visible).toBe(true);
  });

  it('denies window.open, for web pages and app pages alike', () => {
    const open = mainWindow().webContents.windowOpenHandler;
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open?.({ url: appPage })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'stops %s away from the app and allows it within the app',
    (name) => {
      expect(navigation(name, 'https://evil.example/').defaultPrevented).toBe(true);
      expect(navigation(name, 'file:///etc/passwd').defaultPrevented).toBe(true);
      expect(navigation(name, 'app://elsewhere/index.html').defaultPrevented).toBe(true);
      expect(navigation(name, 'http://localhost:5173/').defaultPrevented).toBe(true);
      expect(navigation(name, `${appPage}#/faculty`).defaultPrevented).toBe(false);
    },
  );

  it('refuses to attach a <webview>', () => {
    const event = new FakeEvent();
    mainWindow().webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('guards web contents created later, too', () => {
    const contents = new FakeWebContents();
    fakeApp.emit('web-contents-created', new FakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('the session', () => {
  it('keeps the page’s storage and cache in memory, never on disk', () => {
    const { partition } = mainWindow().options.webPreferences as { partition?: string };
    expect(partition).toBeTruthy();
    expect(partition?.startsWith('persist:')).toBe(false);
  });

  function requestPermission(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    let granted: boolean | undefined;
    windowSession().permissionRequestHandler?.(mainWindow().webContents, permission, (answer) => (granted = answer), {
      requestingUrl,
      isMainFrame,
    });
    if (granted === undefined) throw new Error('The permission request was never answered.');
    return granted;
  }

  it('denies permission requests, except clipboard writes by the app page itself', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(requestPermission(permission, appPage)).toBe(false);
    }
    expect(requestPermission('clipboard-sanitized-write', appPage)).toBe(true);
    expect(requestPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(requestPermission('clipboard-sanitized-write', appPage, false)).toBe(false);
    const check = windowSession().permissionCheckHandler;
    expect(check?.(null, 'geolocation', 'app://trellis', { requestingUrl: appPage, isMainFrame: true })).toBe(false);
    expect(check?.(null, 'clipboard-read', 'app://trellis', { requestingUrl: appPage, isMainFrame: true })).toBe(false);
    expect(windowSession().devicePermissionHandler?.()).toBe(false);
  });

  it.each([
    ['the window session', () => windowSession()],
    ['the default session', () => fakeSession.defaultSession],
  ])('cancels requests for remote content and files on disk in %s', (_name, sessionOf) => {
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      sessionOf().beforeRequest?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://cdn.example.com/tracker.js')).toBe(true);
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(cancelled('wss://evil.example/socket')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://trellis/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('app://trellis/', () => {
  it('is served by a handler that refuses to leave the renderer folder and sets the CSP', async () => {
    const handler = windowSession().protocol.handlers.get('app');
    if (!handler) throw new Error('Nothing serves app:// to the window.');
    // The renderer folder sits two levels below the repository root, where package.json is.
    const response = await handler(new Request('app://trellis/..%2F..%2Fpackage.json'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('"name"');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('IPC from the window', () => {
  it('reaches the core for every operation in the contract', async () => {
    for (const name of operationNames) {
      const code = outcome(await callCore(name, {}));
      expect.soft(code, name).not.toBe('UNKNOWN_OPERATION');
      expect.soft(code, name).not.toBe('FORBIDDEN');
    }
    expect(outcome(await callCore('records.dropEverything', {}))).toBe('UNKNOWN_OPERATION');
  });

  it('answers vault.status from the database in the OS user-data folder', async () => {
    expect(await callCore('vault.status', {})).toEqual({
      ok: true,
      value: { state: 'new', databasePath: databasePathIn(userDataDir) },
    });
  });

  it('has the input validated before anything runs', async () => {
    const envelope = await callCore('vault.create', { passphrase: 'short' });
    expect(outcome(envelope)).toBe('VALIDATION');
    expect(await vaultState()).toBe('new');
  });

  it('refuses calls from a foreign page, a subframe, another window or a vanished frame', async () => {
    const window = mainWindow();
    const top = window.webContents.mainFrame;
    const foreignPage = { ...top, url: 'https://evil.example/' };
    const subframe = { ...top, routingId: top.routingId + 1, parent: top };
    const otherWindow = new FakeWebContents();
    await otherWindow.loadURL(appPage);

    for (const from of [
      { sender: window.webContents, senderFrame: foreignPage },
      { sender: window.webContents, senderFrame: subframe },
      { sender: otherWindow, senderFrame: otherWindow.mainFrame },
      { sender: window.webContents, senderFrame: null },
    ]) {
      expect(await callCore('vault.status', {}, from)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN' }),
      });
    }
  });
});

describe('records through the window', () => {
  it('creates the database, keeps a faculty record, and locks from File > Lock', async () => {
    const created = await callCore('vault.create', { passphrase });
    expect(outcome(created)).toBe('ok');

    const added = await callCore('faculty.create', {
      name: 'Ada Example',
      email: 'ada@example.edu',
      department: 'Medicine',
      rank: 'Assistant Professor',
    });
    expect(outcome(added)).toBe('ok');

    const reloadsBefore = mainWindow().webContents.reloads;
    const lock = menuItem(['File', 'lock']);
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    lock.click?.();
    await vi.waitFor(async () => expect(await vaultState()).toBe('locked'));
    // The renderer reloads into the unlock screen, dropping what it had shown.
    await vi.waitFor(() => expect(mainWindow().webContents.reloads).toBe(reloadsBefore + 1));
    expect(outcome(await callCore('faculty.list', {}))).toBe('LOCKED');

    expect(outcome(await callCore('vault.unlock', { passphrase }))).toBe('ok');
    const list = await callCore('faculty.list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
  });
});

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, without developer tools in the app', () => {
    expect(menuItem(['File'])).toBeDefined();
    expect(menuItem(['editMenu'])).toBeDefined();
    expect(menuItem(['windowMenu'])).toBeDefined();
    expect(menuItem(['help', 'show-data-folder'])).toBeDefined();
    const view = menuItem(['View']).submenu ?? [];
    expect(view.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(view.map((item) => item.role)).not.toContain('reload');
  });

  it('hands Back Up Now…, Restore and Export to the window, which shows where they are done', () => {
    const sent = mainWindow().webContents.sent;
    const before = sent.length;
    menuItem(['File', 'back-up-now']).click?.();
    menuItem(['File', 'export-all']).click?.();
    expect(sent.slice(before)).toEqual([
      [commandChannel, 'back-up-now'],
      [commandChannel, 'export-all'],
    ]);
  });

  it('answers the window about databases, and nobody else', async () => {
    const handler = fakeIpcMain.handlers.get(databasesChannel);
    if (!handler) throw new Error(`Nothing handles ${databasesChannel}.`);
    const answer = (await handler(fromMainWindow(), { action: 'list' })) as Envelope<{
      view: { current: { path: string; name: string } };
    }>;
    expect(answer.ok && answer.value.view.current).toMatchObject({
      path: databasePathIn(userDataDir),
      name: 'Office database',
    });
    const stranger = { sender: new FakeWebContents(), senderFrame: null };
    expect(outcome((await handler(stranger, { action: 'list' })) as Envelope<unknown>)).toBe('FORBIDDEN');
    // A path the page names on its own is not opened.
    const named = (await handler(fromMainWindow(), { action: 'openRecent', path: '/etc/x.db' })) as Envelope<unknown>;
    expect(outcome(named)).toBe('FORBIDDEN');
  });
});

describe('reopening the window (macOS Dock click)', () => {
  it('opens a new window, which the core then trusts instead of the closed one', async () => {
    const closed = mainWindow();
    const staleSender = fromMainWindow();
    closed.close();
    fakeApp.emit('activate', new FakeEvent(), false);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    const reopened = mainWindow();
    expect(reopened).not.toBe(closed);
    expect(reopened.loadedUrl).toBe(appPage);

    expect(outcome(await callCore('vault.status', {}, staleSender))).toBe('FORBIDDEN');
    const fromReopened = { sender: reopened.webContents, senderFrame: reopened.webContents.mainFrame };
    expect(outcome(await callCore('vault.status', {}, fromReopened))).toBe('ok');
  });
});

describe('quitting', () => {
  it('quits when the window closes (Windows, Linux)', () => {
    if (process.platform === 'darwin') return;
    fakeApp.quit.mockClear();
    fakeApp.emit('window-all-closed');
    expect(fakeApp.quit).toHaveBeenCalled();
  });

  it('locks the records before the app quits', async () => {
    expect(await vaultState()).toBe('unlocked');
    fakeApp.quit.mockClear();
    const firstQuit = new FakeEvent();
    fakeApp.emit('will-quit', firstQuit);
    expect(firstQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fakeApp.quit).toHaveBeenCalled());
    expect(await vaultState()).toBe('locked');

    const secondQuit = new FakeEvent();
    fakeApp.emit('will-quit', secondQuit);
    expect(secondQuit.defaultPrevented).toBe(false);
  });
});
