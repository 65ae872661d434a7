/** Serving the built renderer on app://trellis/: right files, right headers, nothing outside. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';
import { rendererResponder } from '../../../electron/main/rendererResponses';

let folder: string;
let respond: (request: Request) => Promise<Response>;
const secret = 'SECRET-OUTSIDE-THE-RENDERER';

beforeAll(() => {
  // <folder>/secret.txt sits beside <folder>/renderer/, the folder being served.
  folder = mkdtempSync(join(tmpdir(), 'trellis-renderer-'));
  const root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Trellis</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(folder, 'secret.txt'), secret);
  respond = rendererResponder(root);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respond(new Request(url, { method }));

describe('app://trellis/', () => {
  it('serves index.html with the strict CSP and nosniff', async () => {
    const response = await get('app://trellis/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Trellis</title>');
  });

  it('allows only the app itself as a source of scripts and content', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
  });

  it('serves scripts and styles with their types (module scripts require it)', async () => {
    const script = await get('app://trellis/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const style = await get('app://trellis/assets/index.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://trellis/..%2Fsecret.txt',
    'app://trellis/assets/..%2F..%2Fsecret.txt',
    'app://trellis/%2e%2e/secret.txt',
    'app://trellis/%2E%2E%2Fsecret.txt',
    'app://trellis/..%5Csecret.txt',
    'app://trellis/../secret.txt',
    'app://trellis/%2F..%2Fsecret.txt',
    'app://trellis/index.html%00/../../secret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(secret);
  });

  it('refuses an escape with 403 and a malformed path with 400', async () => {
    expect((await get('app://trellis/..%2Fsecret.txt')).status).toBe(403);
    expect((await get('app://trellis/%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for other hosts and missing assets, and 405 for writes', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://trellis/assets/missing.js')).status).toBe(404);
    expect((await get('app://trellis/index.html', 'POST')).status).toBe(405);
  });

  it('opens the app on a client-side route after a reload', async () => {
    const response = await get('app://trellis/faculty/12');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Trellis</title>');
  });
});
