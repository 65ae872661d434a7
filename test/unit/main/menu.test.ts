/** The application menu per platform, and where the developer items appear. */
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof applicationMenuTemplate>[number];

function template(platform: NodeJS.Platform, isDevelopment = false) {
  const actions = { lock: vi.fn(), showDataFolder: vi.fn() };
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
      expect(file[0]?.label).toBe('Lock Trellis');
      expect(roles(file)).toEqual(['quit']);
      expect(roles(submenuOf(menu.find((item) => item.role === 'help')))).toContain('about');
    }
  });

  it('runs the lock and show-data-folder actions', () => {
    const { menu, actions } = template('linux');
    const file = submenuOf(byLabel(menu, 'File'));
    (file[0]?.click as () => void)();
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
});
