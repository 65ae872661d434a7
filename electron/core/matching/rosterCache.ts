import { sql } from 'kysely';
import type { ReadableDb } from '../../../db/handles';
import type { InterestVocabulary } from './interests';
import type { MatchPerson } from './model';
import { loadPeople, loadVocabulary, type PeopleQuery } from './roster';

/**
 * Every active person as matching sees them, kept between requests while
 * the records stay the same. Every write records an audit entry, so the
 * newest audit id tells, with one index seek, whether anything changed since
 * (the refresh of derived career stages happens at unlock, after a lock that
 * clears this cache). Suggestions then cost the mentee's own facts, not a
 * read of the whole directory. Nothing here is ever changed once built.
 */
export class MatchingRosterCache {
  private entry: {
    version: number;
    defaultCapacity: number;
    withIdentity: boolean;
    people: ReadonlyMap<number, MatchPerson>;
    vocabulary: InterestVocabulary;
  } | null = null;

  async load(
    db: ReadableDb,
    query: PeopleQuery,
  ): Promise<{ people: Map<number, MatchPerson>; vocabulary: InterestVocabulary }> {
    const { version } = await db
      .selectFrom('audit_log')
      .select(sql<number>`coalesce(max(id), 0)`.as('version'))
      .executeTakeFirstOrThrow();
    const entry = this.entry;
    const fresh =
      entry !== null &&
      entry.version === Number(version) &&
      entry.defaultCapacity === query.defaultCapacity &&
      entry.withIdentity === query.withIdentity;
    const vocabulary = fresh ? entry.vocabulary : await loadVocabulary(db);
    if (!query.allActive) return { people: await loadPeople(db, query, vocabulary), vocabulary };
    const active = fresh ? entry.people : await loadPeople(db, { ...query, ids: [] }, vocabulary);
    if (!fresh) this.entry = { ...query, version: Number(version), people: active, vocabulary };
    const people = new Map(active);
    const missing = query.ids.filter((id) => !people.has(id));
    if (missing.length > 0) {
      for (const [id, person] of await loadPeople(db, { ...query, allActive: false, ids: missing }, vocabulary))
        people.set(id, person);
    }
    return { people, vocabulary };
  }

  clear(): void {
    this.entry = null;
  }
}
