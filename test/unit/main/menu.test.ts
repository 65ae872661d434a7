/** The application menu per platform, and where the developer items appear. */
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof applicationMenuTemplate>[number];

function template(platform: NodeJS.Platform, isDevelopment = false) {
  const actions = {
    lock: vi.fn(),
    showDataFolder: vi.fn(),
    newDatabase: vi.fn(),
    openDatabase: vi.fn(),
    openRecent: vi.fn(),
    command: vi.fn(),
  };
  return { actions, menu: applicationMenuTemplate({ platform, isDevelopment, appName: 'Trellis', actions }) };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);
const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label?.replace('&', '') === label);

describe('the application menu', () => {
  it('on macOS starts with the app menu (About, Quit) and File ends with Close', () => {
    const { menu } = template('darwin');
    expect(menu[0]?.label).toBe('Trellis');
    expect(roles(submenuOf(menu[0]))).toEqual(expect.arrayContaining(['about', 'quit']));
    expect(roles(submenuOf(byLabel(menu, 'File')))).toEqual(['close']);
  });

  it('on Windows and Linux has File with Lock and Quit, and About under Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { menu } = template(platform);
      expect(menu.map((item) => item.label?.replace('&', '') ?? item.role)).toEqual([
        'File',
        'editMenu',
        'View',
        'windowMenu',
        'help',
      ]);
      const file = submenuOf(byLabel(menu, 'File'));
      expect(file.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role)).toEqual([
        'New Database…',
        'Open Database…',
        'Open Recent',
        'Back Up Now…',
        'Restore from Backup…',
        'Export All Records…',
        'Lock Trellis',
        'quit',
      ]);
      expect(roles(submenuOf(menu.find((item) => item.role === 'help')))).toContain('about');
    }
  });

  it('runs the lock and show-data-folder actions', () => {
    const { menu, actions } = template('linux');
    const file = submenuOf(byLabel(menu, 'File'));
    (file.find((item) => item.id === 'lock')?.click as () => void)();
    expect(actions.lock).toHaveBeenCalledOnce();
    const help = submenuOf(menu.find((item) => item.role === 'help'));
    (help.find((item) => item.id === 'show-data-folder')?.click as () => void)();
    expect(actions.showDataFolder).toHaveBeenCalledOnce();
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(submenuOf(byLabel(template('linux', true).menu, 'View')))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
    const viewInApp = roles(submenuOf(byLabel(template('linux', false).menu, 'View')));
    expect(viewInApp).not.toContain('toggleDevTools');
    expect(viewInApp).not.toContain('reload');
  });

  it('opens databases, lists the recent ones, and hands backups, restore and export to the window', () => {
    const actions = {
      lock: vi.fn(),
      showDataFolder: vi.fn(),
      newDatabase: vi.fn(),
      openDatabase: vi.fn(),
      openRecent: vi.fn(),
      command: vi.fn(),
    };
    const click = (items: MenuItemConstructorOptions[], id: string) =>
      (items.find((item) => item.id === id)?.click as () => void)();
    const recent = [
      { path: '/data/trellis.db', name: 'Office database', demo: false },
      { path: '/data/Demo databases/Demo 1.db', name: 'Demo 1', demo: true },
    ];
    const menu = applicationMenuTemplate({
      platform: 'win32',
      isDevelopment: false,
      appName: 'Trellis',
      actions,
      recent,
    });
    const file = submenuOf(byLabel(menu, 'File'));
    click(file, 'new-database');
    click(file, 'open-database');
    const openRecent = file.find((item) => item.id === 'open-recent');
    expect(openRecent?.enabled).toBe(true);
    const recentItems = submenuOf(openRecent);
    expect(recentItems.map((item) => item.label)).toEqual(['Office database', 'Demo 1 (Demo)']);
    (recentItems[1]?.click as () => void)();
    for (const id of ['back-up-now', 'restore', 'export-all']) click(file, id);
    expect(actions.newDatabase).toHaveBeenCalledOnce();
    expect(actions.openDatabase).toHaveBeenCalledOnce();
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/data/Demo databases/Demo 1.db');
    expect(actions.command.mock.calls).toEqual([['back-up-now'], ['restore'], ['export-all']]);

    const empty = applicationMenuTemplate({ platform: 'linux', isDevelopment: false, appName: 'Trellis', actions });
    expect(submenuOf(byLabel(empty, 'File')).find((item) => item.id === 'open-recent')?.enabled).toBe(false);
  });
});
