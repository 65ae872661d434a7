import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The address electron-vite's dev server gives the renderer in `npm run dev`. */
const devServerVariable = 'ELECTRON_RENDERER_URL';
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The Vite dev server to load the renderer from, or null to serve the built
 * renderer from app://trellis/. A packaged app ignores the variable: otherwise
 * anyone who can set an environment variable could point the window (and its
 * access to the records) at a page of their choosing.
 */
export function developmentServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): URL | null {
  const value = env[devServerVariable];
  if (isPackaged || !value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${devServerVariable} is not a URL.`);
  }
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) {
    throw new Error(`${devServerVariable} must be an http:// address on this computer (localhost).`);
  }
  return url;
}

/**
 * Files of the build, relative to the bundled main process (out/main/index.js):
 * the preload at out/preload/index.cjs and the renderer in out/renderer/.
 */
const mainBundleDir = dirname(fileURLToPath(import.meta.url));
export const preloadPath = join(mainBundleDir, '..', 'preload', 'index.cjs');
export const rendererRoot = join(mainBundleDir, '..', 'renderer');
