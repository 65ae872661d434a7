import type { Browser, Page } from 'playwright-core';
import type { Core } from '../../../electron/core/core';
import { startTestHost, type TestHost } from '../../host/server';
import { freshDataFolder, launchChromium, openApp, type AppPage, type DataFolder } from './chromium';

export interface AppOnNewDatabase {
  host: TestHost;
  app: AppPage;
  page: Page;
  /** Closes the browser and the host, and removes the data folder. */
  close(): Promise<void>;
}

/**
 * The usual start of a browser test file: Chromium, a new encrypted database
 * created with `passphrase` and filled by `seed` through the real core, and
 * the app open on it.
 */
export async function openAppOnNewDatabase({
  passphrase,
  seed,
}: {
  passphrase: string;
  seed?: (core: Core) => Promise<unknown>;
}): Promise<AppOnNewDatabase> {
  let browser: Browser | undefined;
  let data: DataFolder | undefined;
  let host: TestHost | undefined;
  let app: AppPage | undefined;
  const close = async () => {
    await app?.context.close();
    await browser?.close();
    await host?.close();
    await data?.remove();
  };
  try {
    browser = await launchChromium();
    data = await freshDataFolder();
    host = await startTestHost({ databasePath: data.databasePath });
    await host.core.call('vault.create', { passphrase });
    await seed?.(host.core);
    app = await openApp(browser, host.url);
    return { host, app, page: app.page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
