import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `folder` in which any needle appears, in UTF-8 or UTF-16 (either byte order). */
export function filesContainingPlaintext(folder: string, needles: string[]): string[] {
  const encoded = needles.flatMap((n) => [
    Buffer.from(n, 'utf8'),
    Buffer.from(n, 'utf16le'),
    Buffer.from(n, 'utf16le').swap16(),
    Buffer.from(n.toLowerCase(), 'utf8'),
  ]);
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        if (encoded.some((needle) => bytes.includes(needle))) hits.push(path);
      }
    }
  };
  walk(folder);
  return hits;
}

export function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' });
}
