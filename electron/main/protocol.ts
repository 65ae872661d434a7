import { protocol, type Protocol } from 'electron';
import { appScheme } from './origins';
import { rendererResponder } from './rendererResponses';

/**
 * Must run before the app is ready. `standard` gives app://trellis/ a real
 * origin (relative URLs, same-origin rules, 'self' in the CSP); `secure`
 * makes it a secure context like https. CORS stays off: no other origin may
 * read the app's files.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://trellis/ (in the given session) instead
 * of file://, which would give the page access to every file the user can read. */
export function serveRendererOnAppScheme(sessionProtocol: Protocol, rendererRoot: string): void {
  sessionProtocol.handle(appScheme, rendererResponder(rendererRoot));
}
