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

export const futureAreas: FutureArea[] = [
  {
    path: '/documents',
    title: 'Documents',
    notBuilt: 'Documents are not built yet. They are coming in a later version.',
    willDo:
      'Print Mentoring Partnership Agreements, service-portfolio letters for faculty who mentor, and award nomination packets.',
  },
];
