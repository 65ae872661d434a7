import { emptyRows, demoTargets, type DemoContext, type DemoRows } from './dataset';
import { makeFaculty } from './makeFaculty';
import { makeGroups } from './makeGroups';
import { makeMeetings } from './makeMeetings';
import { MentorshipMaker } from './makeMentorships';
import { makePrograms } from './makePrograms';
import { SeededRandom } from './random';

/** All demo records for a size and seed, as rows. Pure: the same inputs give the same rows. */
export function generateDemoRows(size: 'small' | 'large', seed: number, context: DemoContext): DemoRows {
  const targets = demoTargets[size];
  const rng = new SeededRandom(seed);
  const rows = emptyRows();
  const people = makeFaculty(targets.faculty, rng, context, rows);
  const programs = makePrograms(size, context, rows);
  const mentorships = new MentorshipMaker(people, programs, rng, context, rows);
  mentorships.makeCurrent(Math.round(targets.mentorships * 0.02));
  mentorships.makeHistory(targets.mentorships);
  mentorships.makeOpenRequests(targets.openChangeRequests);
  const groups = makeGroups(targets.groups, people, programs, rng, context, rows);
  makeMeetings(targets.meetings, mentorships.pairs, groups, rng, context, rows);
  return rows;
}
