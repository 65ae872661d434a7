import type { ReadableDb } from '../../../db/handles';
import type { Demographics } from '../../common/demographics';
import { supportingKinds } from '../../common/mentorshipTerms';
import type { CareerStage, Rank } from '../../common/ranks';
import { toDemographics } from '../faculty/demographics';
import { InterestVocabulary } from './interests';
import type { MatchPerson, MenteeFacts, PairHistory, ReportingRelation } from './model';

/**
 * Loads the facts matching needs in a fixed number of queries, whatever the
 * size of the cohort (lists of ids go in chunks): the people with their
 * willingness, capacity and current mentees, and for each mentee their
 * history of pairs, never-pair entries, reporting lines and request.
 */

const chunkSize = 500;

export async function inChunks<T>(ids: readonly number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += chunkSize) rows.push(...(await load(ids.slice(i, i + chunkSize))));
  return rows;
}

export async function loadVocabulary(db: ReadableDb): Promise<InterestVocabulary> {
  return new InterestVocabulary(await db.selectFrom('interest_synonyms').select(['term', 'canonical']).execute());
}

export interface PeopleQuery {
  /** Every active person, plus `ids` whatever their state. */
  allActive: boolean;
  ids: readonly number[];
  /** The program's mentee warning threshold: the capacity of people who set none. */
  defaultCapacity: number;
  /** Read self-reported identity too (only when a mentee opted in to it). */
  withIdentity: boolean;
}

export async function loadPeople(
  db: ReadableDb,
  query: PeopleQuery,
  vocabulary: InterestVocabulary,
): Promise<Map<number, MatchPerson>> {
  const select = () =>
    db
      .selectFrom('faculty as f')
      .leftJoin('mentor_availability as a', 'a.faculty_id', 'f.id')
      .select([
        'f.id',
        'f.name',
        'f.department',
        'f.rank',
        'f.career_stage',
        'f.interests',
        'f.active',
        'a.available',
        'a.capacity',
      ]);
  const rows = query.allActive ? await select().where('f.active', '=', 1).execute() : [];
  const known = new Set(rows.map((r) => r.id));
  const missing = query.ids.filter((id) => !known.has(id));
  rows.push(...(await inChunks(missing, (chunk) => select().where('f.id', 'in', chunk).execute())));

  // Current mentees: for everyone, one pass over open pairs; for a few people, seeks on mentorships(mentor_id, status, kind).
  const loadsOf = (chunk?: number[]) =>
    db
      .selectFrom('mentorships')
      .select(['mentor_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['proposed', 'active'])
      .where('kind', 'in', supportingKinds)
      .$if(chunk !== undefined, (q) => q.where('mentor_id', 'in', chunk!))
      .groupBy('mentor_id')
      .execute();
  const loads = query.allActive ? await loadsOf() : await inChunks(query.ids, loadsOf);
  const menteesOf = new Map(loads.map((r) => [r.mentor_id, Number(r.n)]));
  const identities = query.withIdentity ? await loadIdentities(db, null) : new Map<number, Demographics>();

  const people = new Map<number, MatchPerson>();
  for (const row of rows) {
    people.set(row.id, {
      id: row.id,
      name: row.name,
      department: row.department,
      rank: row.rank as Rank,
      careerStage: row.career_stage as CareerStage,
      active: row.active === 1,
      interests: vocabulary.tagsOf(JSON.parse(row.interests) as string[]),
      available: row.available === null ? true : row.available === 1,
      capacity: row.capacity ?? query.defaultCapacity,
      mentees: menteesOf.get(row.id) ?? 0,
      identity: identities.get(row.id) ?? null,
    });
  }
  return people;
}

/** Self-reported answers, for everyone (ids null) or some people. */
export async function loadIdentities(db: ReadableDb, ids: readonly number[] | null) {
  const select = () => db.selectFrom('faculty_demographics').selectAll();
  const rows =
    ids === null
      ? await select().execute()
      : await inChunks(ids, (c) => select().where('faculty_id', 'in', c).execute());
  return new Map(rows.map((row) => [row.faculty_id, toDemographics(row)]));
}

/** Everything about the mentees' past and wishes that the rules and the score read. */
export async function loadMenteeFacts(
  db: ReadableDb,
  mentees: readonly MatchPerson[],
  vocabulary: InterestVocabulary,
): Promise<MenteeFacts[]> {
  const ids = mentees.map((m) => m.id);
  const pairs = await inChunks(ids, (chunk) =>
    db
      .selectFrom('mentorships as m')
      .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
      .select((eb) => [
        'm.mentee_id',
        'm.mentor_id',
        'm.kind',
        'm.status',
        'm.ended_on',
        'mentor.department as mentor_department',
        eb
          .exists(
            eb
              .selectFrom('change_requests as cr')
              .select('cr.id')
              .whereRef('cr.mentorship_id', '=', 'm.id')
              .where('cr.resolution', 'in', ['changed', 'ended']),
          )
          .as('changed_by_request'),
      ])
      .where('m.mentee_id', 'in', chunk)
      .execute(),
  );
  const never = await inChunks(ids, (chunk) =>
    db
      .selectFrom('never_pairs')
      .select(['person_a_id', 'person_b_id'])
      .where((eb) => eb.or([eb('person_a_id', 'in', chunk), eb('person_b_id', 'in', chunk)]))
      .execute(),
  );
  const lines = await inChunks(ids, (chunk) =>
    db.selectFrom('faculty_reports_to').selectAll().where('faculty_id', 'in', chunk).execute(),
  );
  const requests = await inChunks(ids, (chunk) =>
    db.selectFrom('mentee_requests').selectAll().where('mentee_id', 'in', chunk).execute(),
  );

  const facts = new Map(
    mentees.map((person) => [
      person.id,
      {
        person,
        reportsTo: new Map<number, ReportingRelation>(),
        hasInsideDepartmentMentor: false,
        request: null,
        history: new Map<number, PairHistory>(),
        neverWith: new Set<number>(),
      } as MenteeFacts & { history: Map<number, PairHistory>; neverWith: Set<number> },
    ]),
  );
  for (const pair of pairs) {
    const mentee = facts.get(pair.mentee_id)!;
    const past = mentee.history.get(pair.mentor_id) ?? {
      open: false,
      lastEndedOn: null,
      endedThroughChangeRequest: false,
    };
    const open = pair.status !== 'ended' && (supportingKinds as readonly string[]).includes(pair.kind);
    mentee.history.set(pair.mentor_id, {
      open: past.open || open,
      lastEndedOn:
        pair.status === 'ended' && pair.ended_on && (!past.lastEndedOn || pair.ended_on > past.lastEndedOn)
          ? pair.ended_on
          : past.lastEndedOn,
      endedThroughChangeRequest: past.endedThroughChangeRequest || Boolean(pair.changed_by_request),
    });
    if (open && pair.kind === 'mentor' && pair.mentor_department === mentee.person.department)
      mentee.hasInsideDepartmentMentor = true;
  }
  for (const entry of never) {
    facts.get(entry.person_a_id)?.neverWith.add(entry.person_b_id);
    facts.get(entry.person_b_id)?.neverWith.add(entry.person_a_id);
  }
  for (const line of lines) {
    (facts.get(line.faculty_id)!.reportsTo as Map<number, ReportingRelation>).set(
      line.manager_id,
      line.relation as ReportingRelation,
    );
  }
  for (const row of requests) {
    facts.get(row.mentee_id)!.request = {
      mentorIds: new Set(JSON.parse(row.mentor_ids) as number[]),
      department: row.department,
      topics: vocabulary.tagsOf(JSON.parse(row.topics) as string[]),
    };
  }
  return [...facts.values()];
}
