import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import { freshDataFolder, type DataFolder } from '../support/chromium';

/**
 * The test host serves real records, so it must be as closed as the app:
 * loopback only, nothing outside its token path, no way out of the renderer
 * folder, and the app's security headers on every answer.
 */

let data: DataFolder;
let host: TestHost;
let origin: string;

beforeAll(async () => {
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host?.close();
  await data?.remove();
});

/** A raw request, so tests can send what a browser would not (another Host, unnormalised paths). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const appPath = () => new URL(host.url).pathname;
const invoke = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  send(`${appPath()}__trellis/invoke`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('the browser test host', () => {
  test('listens on loopback only, under a random token', () => {
    const url = new URL(host.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname).toMatch(/^\/app\/[A-Za-z0-9_-]{32}\/$/);
  });

  test('serves the renderer with the bridge script and the app’s security headers', async () => {
    const page = await send(appPath());
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body.indexOf('<script src="./__trellis/bridge.js"></script>')).toBeGreaterThan(0);
    expect(page.body.indexOf('__trellis/bridge.js')).toBeLessThan(page.body.indexOf('type="module"'));

    const bridge = await send(`${appPath()}__trellis/bridge.js`);
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bridge.body).toContain("Object.defineProperty(window, 'trellis'");
  });

  test('answers nothing outside the token path, and nothing outside the renderer folder', async () => {
    expect((await send('/')).status).toBe(404);
    expect((await send('/app/not-the-token/')).status).toBe(404);
    expect((await send(`${appPath()}no-such-file.js`)).status).toBe(404);
    // Encoded slashes, backslashes and NUL are refused; dot segments are resolved by URL parsing
    // first and so land outside the token path (404). Either way, package.json is never served.
    for (const escape of ['..%2f..%2fpackage.json', '..%5c..%5cpackage.json', 'assets/%00.js']) {
      expect((await send(`${appPath()}${escape}`)).status, escape).toBe(403);
    }
    for (const escape of ['../../package.json', '%2e%2e/%2e%2e/package.json']) {
      expect((await send(`${appPath()}${escape}`)).status, escape).toBe(404);
    }
  });

  test('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await send(appPath(), { headers: { Host: 'attacker.example:80' } });
    expect(response.status).toBe(421);
  });

  test('runs core operations only for same-origin JSON posts', async () => {
    const status = await invoke({ operation: 'vault.status', input: {} });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { state: 'new', databasePath: data.databasePath } });

    // A form post from another site cannot send JSON without a preflight, and says where it came from.
    expect((await invoke({ operation: 'vault.status' }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(
      (
        await invoke(
          { operation: 'vault.status' },
          { 'Content-Type': 'application/json', Origin: 'https://attacker.example' },
        )
      ).status,
    ).toBe(403);
    expect((await send(`${appPath()}__trellis/invoke`)).status).toBe(405);

    const unknown = await invoke({ operation: 'vault.export', input: {} });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    const locked = await invoke({ operation: 'faculty.list', input: {} });
    expect(JSON.parse(locked.body)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
