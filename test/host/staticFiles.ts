import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export { contentTypeOf } from '../../electron/main/contentTypes';

/**
 * The file under `root` that a URL path (already stripped of the host's
 * prefix) names: 'outside' when it would leave `root` by any spelling (`..`,
 * `%2e%2e`, encoded slashes or backslashes, NUL), null when it is not a file.
 * Containment is checked on the resolved path, after decoding.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | 'outside' | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 'outside';
  }
  // Backslashes are separators on Windows; the renderer's own files never contain one.
  if (decoded.includes('\0') || decoded.includes('\\')) return 'outside';
  const file = resolve(root, decoded.replace(/^[/\\]+/, '') || 'index.html');
  const fromRoot = relative(root, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return 'outside';
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
