import { isoDate } from '../../electron/common/isoDates';
import { testNow } from '../support/tempCore';

/**
 * When the browser tests happen: the node tests' moment (testNow). The page's
 * clock (Playwright's) and the test host's core both start at it and run on
 * from it at real speed, so "today" in the app, in the records and in the
 * tests is the same day whatever day the tests run. (A test that built dates
 * from the real clock once failed on its own on 2026-12-05: "Nov 6, 2026 to
 * Jan 5, 2027" matched the cell it looked for by the name "7".)
 */
export const browserTestStart = new Date(testNow);

/** `YYYY-MM-DD` of browserTestStart, the day the browser tests happen on. */
export const browserTestToday = isoDate(browserTestStart);

/** A clock for the core that starts at browserTestStart now and runs on at real speed, like the page's. */
export function browserTestClock(): () => Date {
  const offset = browserTestStart.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
