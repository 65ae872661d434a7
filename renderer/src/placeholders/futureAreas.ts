/**
 * What each area still to come will do, in the office's words. Shown instead
 * of the area so nobody mistakes an empty screen for missing records.
 */
export interface FutureArea {
  path: string;
  title: string;
  notBuilt: string;
  willDo: string;
}

/** Every area is built now; a new area still to come is listed here until it is. */
export const futureAreas: FutureArea[] = [];
