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
    path: '/imports',
    title: 'Imports',
    notBuilt: 'Imports are not built yet. They are coming in a later version.',
    willDo:
      'Bring in the HR faculty roster and survey exports from Qualtrics, REDCap, Microsoft Forms and Google Forms.',
  },
  {
    path: '/awards',
    title: 'Awards',
    notBuilt: 'Awards are not built yet. They are coming in a later version.',
    willDo: 'Yearly mentoring award cycles: nominations, statements and supporting letters for the committee.',
  },
];
