import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { createDatabaseSwitcher } from '../../electron/main/databases';
import { contentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
import { createFileGrants, type FileAccess } from '../../electron/main/fileGrants';
import { bridgeScript, injectBridge } from './bridgeScript';
import { contentTypeOf, resolveStaticFile } from './staticFiles';
import { browserTestClock } from './testClock';

export interface TestHostOptions {
  databasePath: string;
  /** The built renderer (`npx electron-vite build`). */
  rendererDir?: string;
  /** The core's clock; by default the browser tests' (see testClock.ts), which the page's clock matches. */
  now?: () => Date;
}

export interface TestHost {
  /** The app's address, token included; open it in the browser as is. */
  url: string;
  /** The real core of the database open now, for seeding data and checking what was saved. */
  readonly core: Core;
  /**
   * Plays the person in the next open or save dialog the page shows: it
   * answers with this path, as if they had picked it. Without one queued, the
   * dialog answers as cancelled.
   */
  chooseNext(kind: 'open' | 'save', path: string): void;
  close(): Promise<void>;
}

/** Requests carry at most a form's worth of JSON; anything bigger is not from the renderer. */
const maxBodyBytes = 1024 * 1024;

/**
 * Serves the built renderer and the real core to a browser, so the UI runs in
 * Chromium as it does in the app. Loopback only, on a random port, and every
 * path sits under a random token: other local pages and processes cannot
 * guess their way to the records. Pages get the app's own Content Security
 * Policy as a header, on top of the one in index.html.
 */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`There is no built renderer in ${rendererDir}. Build it first: npx electron-vite build`);
  }
  const indexHtml = injectBridge(await readFile(join(rendererDir, 'index.html'), 'utf8'));
  const token = randomBytes(24).toString('base64url');
  const prefix = `/app/${token}/`;
  const now = options.now ?? browserTestClock();
  // The core passes only the kind of failure here, never record content.
  const logError = (message: string) => console.error(`[test host] ${message}`);

  // The same rule as the app: operations may use only paths a dialog handed out.
  const grants = createFileGrants();
  const queued: Record<'open' | 'save', string[]> = { open: [], save: [] };
  // The database given is the "office" one, in its folder as in the user-data folder; others open as in the app.
  const databases = createDatabaseSwitcher({
    userDataDir: dirname(resolve(options.databasePath)),
    openCore: (databasePath) => createCore({ databasePath, actor: 'browser-test', now, logError }),
    chooseExisting: async () => queued.open.shift() ?? null,
    chooseNew: async () => queued.save.shift() ?? null,
    grants,
    logError,
  });

  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another origin that resolves a name to 127.0.0.1 (DNS rebinding) still sends its own Host.
    if (request.headers.host !== new URL(origin).host)
      return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path === prefix.slice(0, -1)) return redirect(response, prefix);
    if (!path.startsWith(prefix)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    const rest = path.slice(prefix.length);

    if (rest === '__trellis/invoke') return invoke(request, response);
    if (rest === '__trellis/choose') return choose(request, response);
    if (rest === '__trellis/databases') return switchDatabases(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    if (rest === '__trellis/bridge.js')
      return send(response, 200, 'text/javascript; charset=utf-8', bridgeScript, request);
    if (rest === '' || rest === 'index.html')
      return send(response, 200, 'text/html; charset=utf-8', indexHtml, request);

    const file = await resolveStaticFile(rendererDir, rest);
    if (file === 'outside') return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
    if (file === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(response, 200, contentTypeOf(file), await readFile(file), request);
  }

  /** The JSON body of a POST from the page itself, or null once a refusal was sent. */
  async function readCall<T>(request: IncomingMessage, response: ServerResponse): Promise<T | null> {
    const refuse = (status: number, text: string) => {
      send(response, status, 'text/plain; charset=utf-8', text);
      return null;
    };
    if (request.method !== 'POST') return refuse(405, 'Method not allowed');
    // JSON only: a cross-site form post cannot set this content type without a CORS preflight, which is never granted.
    if (!request.headers['content-type']?.startsWith('application/json')) return refuse(415, 'Send JSON');
    if (request.headers.origin !== undefined && request.headers.origin !== origin) return refuse(403, 'Wrong origin');
    const body = await readBody(request);
    if (body === null) return refuse(413, 'Too large');
    try {
      return (JSON.parse(body) as T) ?? ({} as T);
    } catch {
      return refuse(400, 'Not JSON');
    }
  }

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const call = await readCall<{ operation?: unknown; input?: unknown }>(request, response);
    if (call === null) return;
    const refusal = grants.refusal(call.operation, call.input);
    const envelope = refusal ?? (await databases.current().invoke(call.operation, call.input));
    if (!refusal) grants.fromAnswer(call.operation, envelope);
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
  }

  /** New, Open, Open Recent and the demo, as the app's main process answers them. */
  async function switchDatabases(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const call = await readCall<unknown>(request, response);
    if (call === null) return;
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(await databases.handle(call)));
  }

  /** The page's file dialog: answers with the path the test queued (and grants it), or null as a cancel. */
  async function choose(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const call = await readCall<{ kind?: unknown; purpose?: unknown }>(request, response);
    if (call === null) return;
    const kind = call.kind === 'save' ? 'save' : 'open';
    const path = queued[kind].shift();
    const access: FileAccess = kind === 'save' ? 'write' : 'read';
    // As in the app: a folder is chosen to keep files in, so Trellis may write there too.
    if (path !== undefined && call.purpose === 'folder') grants.grant(path, 'write');
    const chosen = path === undefined ? null : grants.grant(path, access);
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(chosen));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}${prefix}`,
    get core() {
      return databases.current();
    },
    chooseNext(kind, path) {
      queued[kind].push(path);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await databases.close();
    },
  };
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Records pass through here; nothing may be kept by the browser's cache.
  'Cache-Control': 'no-store',
};

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  request?: IncomingMessage,
): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(request?.method === 'HEAD' ? undefined : body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(308, { ...securityHeaders, Location: location, 'Content-Length': 0 });
  response.end();
}

/** The request body as text, or null when it is larger than any real call. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
