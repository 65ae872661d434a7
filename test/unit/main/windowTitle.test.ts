/** The window's title names the database open, and says Demo for invented records. */
import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../electron/main/windowTitle';

describe('the window title', () => {
  it('follows the page and names the database, marking a demo', () => {
    expect(windowTitle('Settings · Trellis', { path: '/d/trellis.db', name: 'Office database', demo: false })).toBe(
      'Settings · Trellis — Office database',
    );
    expect(windowTitle('Dashboard · Trellis', { path: '/d/Demo 1.db', name: 'Demo 1', demo: true })).toBe(
      'Dashboard · Trellis — Demo 1 (Demo)',
    );
  });
});
