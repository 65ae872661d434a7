import fc from 'fast-check';
import type { Demographics } from '../../../electron/common/demographics';
import { addYears } from '../../../electron/common/isoDates';
import { careerStages, ranks, type CareerStage, type Rank } from '../../../electron/common/ranks';
import type { MatchPerson, MenteeFacts, PairHistory } from '../../../electron/core/matching/model';
import { criteria, rankRules, type MatchingSettings } from '../../../electron/core/matching/settings';

/**
 * Random rosters for the property tests, as plain data the tests can check
 * the rules against on their own, and the matching facts built from them.
 */

export const today = '2026-03-02';
const tags = ['trauma', 'QI', 'quality improvement', 'global health', 'genomics', 'medical education'];
const departments = ['Medicine', 'Pediatrics', 'Surgery'];

export interface RawPerson {
  id: number;
  rank: Rank;
  department: string;
  careerStage: CareerStage;
  active: boolean;
  available: boolean;
  capacity: number;
  mentees: number;
  interests: string[];
  identity: Demographics | null;
}

export interface RawRoster {
  people: RawPerson[];
  menteeIds: number[];
  /** key "mentee:mentor" */
  history: Map<string, PairHistory>;
  never: Set<string>;
  reportsTo: Set<string>;
  requests: Map<number, { mentorIds: number[]; department: string | null; topics: string[] }>;
  insideMentor: Set<number>;
  settings: MatchingSettings;
}

const identityArb = fc.option(
  fc.record({
    gender: fc.constantFrom('woman', 'man', 'nonbinary', null),
    raceEthnicity: fc.subarray(['asian', 'white', 'hispanic_latino'] as const),
    underrepresented: fc.option(fc.boolean()),
    firstGeneration: fc.option(fc.boolean()),
    identityMatchingOptIn: fc.boolean(),
  }) as fc.Arbitrary<Demographics>,
  { nil: null },
);

const personArb = fc.record({
  rank: fc.constantFrom(...ranks),
  department: fc.constantFrom(...departments),
  careerStage: fc.constantFrom(...careerStages),
  active: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
  available: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  capacity: fc.integer({ min: 0, max: 3 }),
  mentees: fc.integer({ min: 0, max: 3 }),
  interests: fc.subarray(tags, { maxLength: 4 }),
  identity: identityArb,
});

const historyArb = fc.record({
  open: fc.boolean(),
  lastEndedOn: fc.option(
    fc.integer({ min: 0, max: 6 * 365 }).map((days) => addDays(today, -days)),
    { nil: null },
  ),
  endedThroughChangeRequest: fc.boolean(),
});

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const settingsArb: fc.Arbitrary<MatchingSettings> = fc.record({
  rankRule: fc.constantFrom(...rankRules),
  recentPairYears: fc.integer({ min: 0, max: 5 }),
  minScore: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
  weights: fc.record(Object.fromEntries(criteria.map((c) => [c, fc.integer({ min: 0, max: 30 })]))) as fc.Arbitrary<
    MatchingSettings['weights']
  >,
});

export function rosterArb(options: { people: [number, number]; mentees: [number, number] }): fc.Arbitrary<RawRoster> {
  return fc.array(personArb, { minLength: options.people[0], maxLength: options.people[1] }).chain((people) => {
    const ids = people.map((_, i) => i + 1);
    const pairArb = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).map(([a, b]) => `${a}:${b}`);
    return fc.record({
      people: fc.constant(people.map((p, i) => ({ ...p, id: i + 1 }))),
      menteeIds: fc.uniqueArray(fc.constantFrom(...ids), {
        minLength: Math.min(options.mentees[0], ids.length),
        maxLength: Math.min(options.mentees[1], ids.length),
      }),
      history: fc.array(fc.tuple(pairArb, historyArb), { maxLength: 12 }).map((entries) => new Map(entries)),
      never: fc.array(pairArb, { maxLength: 6 }).map((keys) => new Set(keys)),
      reportsTo: fc.array(pairArb, { maxLength: 6 }).map((keys) => new Set(keys)),
      requests: fc
        .array(
          fc.tuple(
            fc.constantFrom(...ids),
            fc.record({
              mentorIds: fc.subarray(ids, { maxLength: 2 }),
              department: fc.option(fc.constantFrom(...departments), { nil: null }),
              topics: fc.subarray(tags, { maxLength: 2 }),
            }),
          ),
          { maxLength: 4 },
        )
        .map((entries) => new Map(entries)),
      insideMentor: fc.subarray(ids).map((list) => new Set(list)),
      settings: settingsArb,
    });
  });
}

const key = (tag: string) => (tag === 'QI' ? 'quality improvement' : tag.toLowerCase());

function interestMap(list: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of list) if (!map.has(key(tag))) map.set(key(tag), tag);
  return map;
}

export function matchPerson(raw: RawPerson): MatchPerson {
  return {
    id: raw.id,
    name: `Person ${String(raw.id).padStart(2, '0')}`,
    department: raw.department,
    rank: raw.rank,
    careerStage: raw.careerStage,
    active: raw.active,
    interests: interestMap(raw.interests),
    available: raw.available,
    capacity: raw.capacity,
    mentees: raw.mentees,
    identity: raw.identity,
  };
}

export function menteeFacts(roster: RawRoster, menteeId: number, person: MatchPerson): MenteeFacts {
  const history = new Map<number, PairHistory>();
  const neverWith = new Set<number>();
  const reportsTo = new Map<number, 'supervisor' | 'chair'>();
  for (const other of roster.people) {
    const found = roster.history.get(`${menteeId}:${other.id}`);
    if (found) history.set(other.id, found);
    if (roster.never.has(`${menteeId}:${other.id}`) || roster.never.has(`${other.id}:${menteeId}`))
      neverWith.add(other.id);
    if (roster.reportsTo.has(`${menteeId}:${other.id}`)) reportsTo.set(other.id, 'supervisor');
  }
  const request = roster.requests.get(menteeId);
  return {
    person,
    history,
    neverWith,
    reportsTo,
    hasInsideDepartmentMentor: roster.insideMentor.has(menteeId),
    request: request
      ? { mentorIds: new Set(request.mentorIds), department: request.department, topics: interestMap(request.topics) }
      : null,
  };
}

/** The facts planCohort and suggestMentors take, built from a raw roster. */
export function factsOf(roster: RawRoster) {
  const pool = roster.people.map(matchPerson);
  const byId = new Map(pool.map((p) => [p.id, p]));
  const mentees = roster.menteeIds.map((id) => menteeFacts(roster, id, byId.get(id)!));
  return { pool, mentees, context: { settings: roster.settings, today } };
}

/** Every hard rule, checked straight from the raw roster (not through the code under test). */
export function breaksHardRule(roster: RawRoster, menteeId: number, mentorId: number): string | null {
  const mentee = roster.people[menteeId - 1]!;
  const mentor = roster.people[mentorId - 1]!;
  const seniority = (rank: Rank) =>
    ({
      Instructor: 1,
      Lecturer: 1,
      'Assistant Professor': 2,
      'Associate Professor': 3,
      Professor: 4,
      'Professor Emeritus': 5,
    })[rank];
  const gap = seniority(mentor.rank) - seniority(mentee.rank);
  const history = roster.history.get(`${menteeId}:${mentorId}`);
  const years = roster.settings.recentPairYears;
  if (menteeId === mentorId) return 'same person';
  if (!mentor.active) return 'inactive';
  if (!mentor.available) return 'unavailable';
  if (roster.settings.rankRule === 'above' && gap <= 0) return 'rank';
  if (roster.settings.rankRule === 'same_or_above' && gap < 0) return 'rank';
  if (roster.never.has(`${menteeId}:${mentorId}`) || roster.never.has(`${mentorId}:${menteeId}`)) return 'never';
  if (roster.reportsTo.has(`${menteeId}:${mentorId}`)) return 'reports to';
  if (history?.open) return 'already paired';
  if (history?.endedThroughChangeRequest) return 'change request';
  if (history?.lastEndedOn && years > 0 && history.lastEndedOn > addYears(today, -years)) return 'recent';
  return null;
}
