import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the app's `resources/` folder, wherever this code runs from: the
 * source tree (tests, CLI), the bundled main process (out/main) or the
 * packaged app (inside app.asar). TRELLIS_RESOURCES_DIR overrides it.
 */
function findResourcesDir(): string {
  const override = process.env.TRELLIS_RESOURCES_DIR;
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    'Trellis could not find its resources folder (fonts, default matrix). The installation is incomplete.',
  );
}

let cached: string | undefined;

export function resourcePath(...parts: string[]): string {
  cached ??= findResourcesDir();
  return join(cached, ...parts);
}
