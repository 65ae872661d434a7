import { foldForSearch } from '../../common/text';

/**
 * Rating scales survey tools offer, lowest first. A column whose answers all
 * belong to one of these is a Likert question, with the labels in this order
 * (labels nobody chose are kept, so the scale is complete). 5- and 7-point
 * variants are listed separately; the smallest that covers the answers wins.
 */
const scales: string[][] = [
  ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
  [
    'Very dissatisfied',
    'Somewhat dissatisfied',
    'Neither satisfied nor dissatisfied',
    'Somewhat satisfied',
    'Very satisfied',
  ],
  [
    'Extremely dissatisfied',
    'Moderately dissatisfied',
    'Slightly dissatisfied',
    'Neither satisfied nor dissatisfied',
    'Slightly satisfied',
    'Moderately satisfied',
    'Extremely satisfied',
  ],
  ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
  ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'],
  [
    'Strongly disagree',
    'Disagree',
    'Somewhat disagree',
    'Neither agree nor disagree',
    'Somewhat agree',
    'Agree',
    'Strongly agree',
  ],
  ['Very unlikely', 'Unlikely', 'Neutral', 'Likely', 'Very likely'],
  ['Extremely unlikely', 'Somewhat unlikely', 'Neither likely nor unlikely', 'Somewhat likely', 'Extremely likely'],
  ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
  ['Not at all important', 'Slightly important', 'Moderately important', 'Very important', 'Extremely important'],
  ['Not at all helpful', 'Slightly helpful', 'Moderately helpful', 'Very helpful', 'Extremely helpful'],
  ['Not at all effective', 'Slightly effective', 'Moderately effective', 'Very effective', 'Extremely effective'],
  ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
  ['Not at all', 'A little', 'Somewhat', 'Quite a bit', 'Very much'],
];

const fold = (text: string) => foldForSearch(text.replace(/\s+/g, ' ').trim());

/** The scale (lowest first) that holds every one of these answers, or null. */
export function likertScaleFor(values: Iterable<string>): string[] | null {
  const answers = new Set([...values].map(fold).filter(Boolean));
  if (answers.size < 2) return null;
  let best: string[] | null = null;
  for (const scale of scales) {
    const labels = new Set(scale.map(fold));
    if ([...answers].every((a) => labels.has(a)) && (!best || scale.length < best.length)) best = scale;
  }
  return best;
}
