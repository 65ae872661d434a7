import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { contentTypeOf } from './contentTypes';
import { isAppUrl, parseUrl } from './origins';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  // Module scripts are refused unless served as JavaScript; never let a guess widen that.
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The file under `root` a URL path names, or 'outside' when it would leave
 * `root` (`..`, encoded slashes or backslashes, NUL bytes), or null when the
 * path cannot be decoded. Containment is checked after decoding, on the
 * resolved path, so no spelling of `..` gets past it.
 */
export function rendererFilePath(root: string, urlPath: string): string | 'outside' | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return 'outside';
  const relativePath = decoded.replace(/^[/\\]+/, '');
  const file = resolve(root, relativePath === '' ? 'index.html' : relativePath);
  const fromRoot = relative(root, file);
  if (fromRoot === '') return resolve(root, 'index.html');
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return 'outside';
  return file;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Answers app://trellis/… requests with files of the built renderer in `root`,
 * each with the app's security headers. Extension-less paths that are not
 * files fall back to index.html so a reload on a client-side route still
 * opens the app.
 */
export function rendererResponder(root: string): (request: Request) => Promise<Response> {
  const rendererRoot = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const url = parseUrl(request.url);
    if (!url || !isAppUrl(url)) return plain(404, 'Not found');

    const file = rendererFilePath(rendererRoot, url.pathname);
    if (file === null) return plain(400, 'Bad request');
    if (file === 'outside') return plain(403, 'Forbidden');

    let served = file;
    if (!(await isFile(served))) {
      if (extname(served) !== '') return plain(404, 'Not found');
      served = resolve(rendererRoot, 'index.html');
      if (!(await isFile(served))) return plain(404, 'Not found');
    }

    const body = request.method === 'HEAD' ? null : await readFile(served);
    return new Response(body, {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Type': contentTypeOf(served),
        // The files change with each release; never serve a stale bundle.
        'Cache-Control': 'no-cache',
      },
    });
  };
}
