import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { browserTestStart } from '../../host/testClock';

/**
 * Shared set-up for the browser tests: Debian's Chromium (Playwright's own
 * download is not available on office and CI machines), a fresh data folder
 * per test file, screenshots as test output, and a watch for errors the page
 * reports (a Content Security Policy violation shows up there).
 */

export const screenshotDir = resolve('test-results', 'screenshots');

/** A common office laptop screen, so the layout is checked where it is tightest. */
const viewport = { width: 1366, height: 768 };

export function chromiumExecutable(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install Chromium: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome executable).',
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface DataFolder {
  databasePath: string;
  remove(): Promise<void>;
}

export async function freshDataFolder(): Promise<DataFolder> {
  const folder = await mkdtemp(join(tmpdir(), 'trellis-browser-'));
  return {
    databasePath: join(folder, 'trellis.db'),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page reported so far: console errors, uncaught exceptions, refused requests. */
  problems: string[];
}

/**
 * A new, isolated browser profile with the app open at `url`. The page's
 * clock is Playwright's: it starts at the browser tests' moment (as the test
 * host's core does, see test/host/testClock.ts) and runs normally, and a test
 * can jump it forward (`page.clock.fastForward`) to see what happens after
 * minutes of idleness, without test hooks in the app.
 */
export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  // Reduced motion: Trellis then skips transitions, so screenshots show where things settle.
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC', reducedMotion: 'reduce' });
  // Copy to clipboard works as it does in the app (CopyButton uses the Clipboard API).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await context.clock.install({ time: browserTestStart });
  await page.goto(url);
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Finished animations: the picture shows where things settle (a ticked box is drawn ticked).
  await page.screenshot({ path, fullPage: false, animations: 'disabled' });
  return path;
}
