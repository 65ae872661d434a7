import type { App, Session, WebContents } from 'electron';
import { parseUrl, type PageTrust } from './origins';

interface PreventableNavigation {
  url: string;
  preventDefault(): void;
}

/**
 * Keeps every web contents on the app's own pages: navigations and redirects
 * to anywhere else are cancelled, new windows are never opened (links to the
 * web included: Trellis shows no remote content, so nothing should open the
 * browser on staff's behalf), and <webview> cannot be attached.
 */
export function guardWebContents(contents: WebContents, isAppPage: PageTrust): void {
  const stayInApp = (event: PreventableNavigation) => {
    if (!isAppPage(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Guards each web contents as Electron creates it, before it loads anything. */
export function guardAllWebContents(app: App, isAppPage: PageTrust): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppPage));
}

/**
 * The one web permission granted: writing to the clipboard, for "Copy" on the
 * recovery key, and only to the app's own top-level page. Everything else
 * (camera, notifications, geolocation, clipboard reading, …) is refused.
 */
export function permissionPolicy(isAppPage: PageTrust) {
  return (permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean =>
    permission === 'clipboard-sanitized-write' &&
    isMainFrame &&
    requestingUrl !== undefined &&
    isAppPage(requestingUrl);
}

/** Schemes that reach the network or the disk. Requests on them are cancelled
 * unless they go to the app itself (the Vite dev server in development). */
const outsideSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function requestPolicy(devServer: URL | null) {
  return (url: string): boolean => {
    const parsed = parseUrl(url);
    if (!parsed) return false;
    if (!outsideSchemes.has(parsed.protocol)) return true;
    return devServer !== null && parsed.host === devServer.host && /^(https?|wss?):$/.test(parsed.protocol);
  };
}

/**
 * Applies the permission and no-remote-content rules to a session. The CSP
 * already forbids remote loads in the page; cancelling them here as well
 * covers anything the CSP does not (and a CSP mistake).
 */
export function lockDownSession(session: Session, isAppPage: PageTrust, devServer: URL | null): void {
  const allowPermission = permissionPolicy(isAppPage);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowPermission(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowPermission(permission, details.requestingUrl, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);

  const allowRequest = requestPolicy(devServer);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
}
