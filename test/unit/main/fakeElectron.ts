/**
 * A stand-in for the `electron` module, for testing the main-process wiring
 * where Electron itself cannot run. It records what the app hands to Electron
 * (window options, handlers, menus) and lets a test play Electron's part
 * (emit navigation events, call the IPC handler as a renderer would). It
 * behaves like Electron where the app depends on it: web-contents-created
 * fires while a window is constructed, loadURL sets the top frame's URL, and
 * a second ipcMain.handle on one channel throws.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** What ipcMain.handle receives: (event, ...args) from the renderer's invoke. */
export type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame = { url: '', processId: 100 + this.id, routingId: 1, parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  reloads = 0;
  /** Messages the main process sent to the page (File menu commands). */
  readonly sent: unknown[][] = [];

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
  }
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = 0;
  destroyed = false;
  loadedUrl: string | null = null;
  title = '';

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    fakeApp.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    await this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  name = 'Trellis';
  isPackaged = false;
  ready = false;
  userDataDir = '';
  singleInstanceLockGranted = true;
  requestSingleInstanceLock = vi.fn(() => this.singleInstanceLockGranted);
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  whenReady(): Promise<void> {
    this.ready = true;
    return Promise.resolve();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`The fake app has no path for ${name}.`);
    return this.userDataDir;
  }
}

export const fakeApp = new FakeApp();

type ProtocolHandler = (request: Request) => Promise<Response> | Response;

/** The `protocol` module: scheme privileges are global, handlers belong to the default session. */
export const fakeProtocol = {
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  registeredBeforeReady: null as boolean | null,
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    this.registeredBeforeReady = !fakeApp.ready;
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler) {
    fakeSession.defaultSession.protocol.handlers.set(scheme, handler);
  },
};

export const fakeIpcMain = {
  handlers: new Map<string, IpcListener>(),
  handle(channel: string, listener: IpcListener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: (() => boolean) | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly protocol = {
    handlers: new Map<string, ProtocolHandler>(),
    handle(scheme: string, handler: ProtocolHandler) {
      this.handlers.set(scheme, handler);
    },
  };
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(handler: PermissionRequestHandler) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: () => boolean) {
    this.devicePermissionHandler = handler;
  }
}

/** The `session` module: one session per partition, as Electron returns the same one each time. */
export const fakeSession = {
  defaultSession: new FakeSession(''),
  partitions: new Map<string, FakeSession>(),
  fromPartition(partition: string): FakeSession {
    let found = this.partitions.get(partition);
    if (!found) this.partitions.set(partition, (found = new FakeSession(partition)));
    return found;
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export const fakeMenu = {
  applicationMenu: null as { template: FakeMenuItem[] } | null,
  buildFromTemplate(template: FakeMenuItem[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: FakeMenuItem[] } | null) {
    this.applicationMenu = menu;
  },
};

export const fakeShell = {
  openExternal: vi.fn(async () => undefined),
  openPath: vi.fn(async () => ''),
};

/** Tests set what the person "picks" with mockResolvedValueOnce; by default every dialog is cancelled. */
export const fakeDialog = {
  showErrorBox: vi.fn(),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
};

export const fakeContextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  },
};

export const fakeIpcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'from main' })),
  listeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((known) => known !== listener),
    );
  },
};

/** The module object `vi.mock('electron', …)` returns. */
export const fakeElectron = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  protocol: fakeProtocol,
  ipcMain: fakeIpcMain,
  session: fakeSession,
  Menu: fakeMenu,
  shell: fakeShell,
  dialog: fakeDialog,
  contextBridge: fakeContextBridge,
  ipcRenderer: fakeIpcRenderer,
};
