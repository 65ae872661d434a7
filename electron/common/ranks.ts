/**
 * Academic ranks and career stages. Pure data and rules: shared by the core,
 * the renderer and (later) the importers. Ranks are ordered by seniority.
 */
export const ranks = [
  'Instructor',
  'Lecturer',
  'Assistant Professor',
  'Associate Professor',
  'Professor',
  'Professor Emeritus',
] as const;
export type Rank = (typeof ranks)[number];

const seniority: Record<Rank, number> = {
  Instructor: 1,
  Lecturer: 1,
  'Assistant Professor': 2,
  'Associate Professor': 3,
  Professor: 4,
  'Professor Emeritus': 5,
};

export function rankSeniority(rank: Rank): number {
  return seniority[rank];
}

export const careerStages = ['early', 'mid', 'late'] as const;
export type CareerStage = (typeof careerStages)[number];

export const careerStageLabels: Record<CareerStage, string> = {
  early: 'Early career',
  mid: 'Mid-career',
  late: 'Late career',
};

/** Whole years from an ISO date to today, or null when the start is unknown. */
export function yearsSince(startIso: string | null, today: Date): number | null {
  if (!startIso) return null;
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  let years = today.getUTCFullYear() - y;
  const beforeAnniversary = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  if (beforeAnniversary) years -= 1;
  return Math.max(0, years);
}

/**
 * The stage a person is in when staff have not set one (seeds 001 and 002):
 * instructors and assistant professors are early career, associate professors
 * mid-career, and full professors late career unless they joined fewer than
 * ten years ago, when they are still counted mid-career.
 */
export function deriveCareerStage(rank: Rank, appointmentStart: string | null, today: Date): CareerStage {
  switch (rank) {
    case 'Instructor':
    case 'Lecturer':
    case 'Assistant Professor':
      return 'early';
    case 'Associate Professor':
      return 'mid';
    case 'Professor': {
      const years = yearsSince(appointmentStart, today);
      return years !== null && years < 10 ? 'mid' : 'late';
    }
    case 'Professor Emeritus':
      return 'late';
  }
}
