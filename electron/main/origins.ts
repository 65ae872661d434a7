/**
 * Where the app's own pages come from. The packaged app (and `npm start`)
 * serves the renderer from app://trellis/; `npm run dev` loads it from the
 * Vite dev server. Everything else is foreign.
 */
export const appScheme = 'app';
export const appHost = 'trellis';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True for a URL that belongs to the app itself. */
export type PageTrust = (url: string) => boolean;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Node's URL reports the origin of a non-special scheme such as app: as
 * "null", so app URLs are recognised by scheme and host, never by `origin`.
 */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${appScheme}:` && url.host === appHost && url.username === '' && url.password === '';
}

export function pageTrust(devServer: URL | null): PageTrust {
  return (url) => {
    const parsed = parseUrl(url);
    if (!parsed) return false;
    if (isAppUrl(parsed)) return true;
    return devServer !== null && parsed.origin === devServer.origin;
  };
}
