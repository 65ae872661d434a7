import type { DatabaseEntry } from '../common/bridge';

/**
 * The window's title: the page's own ("Settings · Trellis"), then which
 * database is open, and "Demo" for invented records — so a screen of a demo
 * or of another office's records is never taken for the office's own.
 */
export function windowTitle(pageTitle: string, database: DatabaseEntry): string {
  return `${pageTitle} — ${database.name}${database.demo ? ' (Demo)' : ''}`;
}
