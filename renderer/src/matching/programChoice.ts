import type { ProgramWithCounts } from '@contract/programs';
import type { Rank } from '@common/ranks';

/** Programs a new pair can join: every one not closed. */
export function openPrograms(programs: ProgramWithCounts[] | undefined): ProgramWithCounts[] {
  return (programs ?? []).filter((p) => p.status !== 'closed');
}

/** The program a person is most likely matched in: the first open one whose audience holds their rank. */
export function likelyProgram(programs: ProgramWithCounts[], rank: Rank): ProgramWithCounts | undefined {
  return programs.find((p) => p.targetRanks.includes(rank)) ?? programs[0];
}
