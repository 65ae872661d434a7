import type { ReadableDb } from '../../../../db/handles';
import type { PersonCandidate, ReviewRow } from '../contract';
import { nameKey, normalizeEmail, normalizeEmployeeId } from './names';

export interface PersonRecord extends PersonCandidate {
  rank: string;
  careerStage: string;
}

export interface WhoInRow {
  employeeId: string | null;
  email: string | null;
  name: string | null;
}

export type MatchMethod = 'employeeId' | 'email' | 'name';

export type MatchResult =
  | { status: 'matched'; by: MatchMethod; person: PersonRecord; note: string | null }
  | { status: 'ambiguous'; candidates: PersonRecord[] }
  | { status: 'unmatched' };

/**
 * Everyone in the directory, indexed the three ways a row can name a person.
 * Tried in order of reliability: employee id, then email (case and spaces
 * ignored), then name. A name shared by two people is ambiguous and is never
 * linked automatically; neither is a name whose owner has a different
 * employee id from the row's.
 */
export class PeopleIndex {
  private readonly byEmployeeId = new Map<string, PersonRecord>();
  private readonly byEmail = new Map<string, PersonRecord>();
  private readonly byName = new Map<string, PersonRecord[]>();
  readonly people: PersonRecord[];

  constructor(people: PersonRecord[]) {
    this.people = people;
    for (const person of people) {
      if (person.employeeId) this.byEmployeeId.set(normalizeEmployeeId(person.employeeId), person);
      this.byEmail.set(normalizeEmail(person.email), person);
      const key = nameKey(person.name);
      if (key) this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
    }
  }

  ownerOfEmail(email: string): PersonRecord | undefined {
    return this.byEmail.get(normalizeEmail(email));
  }

  ownerOfEmployeeId(employeeId: string): PersonRecord | undefined {
    return this.byEmployeeId.get(normalizeEmployeeId(employeeId));
  }

  match(who: WhoInRow): MatchResult {
    const employeeId = who.employeeId ? normalizeEmployeeId(who.employeeId) : '';
    const email = who.email ? normalizeEmail(who.email) : '';
    if (employeeId) {
      const person = this.byEmployeeId.get(employeeId);
      if (person) {
        const other = email ? this.byEmail.get(email) : undefined;
        const note =
          other && other.id !== person.id
            ? `The email belongs to ${other.name}, but the employee id to ${person.name}; matched by employee id.`
            : null;
        return { status: 'matched', by: 'employeeId', person, note };
      }
    }
    if (email) {
      const person = this.byEmail.get(email);
      if (person) {
        const note =
          employeeId && person.employeeId && normalizeEmployeeId(person.employeeId) !== employeeId
            ? `The email matches ${person.name}, whose employee id is different from the file's.`
            : null;
        return { status: 'matched', by: 'email', person, note };
      }
    }
    const key = who.name ? nameKey(who.name) : '';
    if (!key) return { status: 'unmatched' };
    const candidates = (this.byName.get(key) ?? []).filter(
      (p) => !(employeeId && p.employeeId && normalizeEmployeeId(p.employeeId) !== employeeId),
    );
    if (candidates.length === 1) return { status: 'matched', by: 'name', person: candidates[0]!, note: null };
    if (candidates.length > 1) return { status: 'ambiguous', candidates };
    return { status: 'unmatched' };
  }
}

export async function loadPeopleIndex(db: ReadableDb): Promise<PeopleIndex> {
  const rows = await db
    .selectFrom('faculty')
    .select(['id', 'name', 'email', 'employee_id', 'department', 'active', 'rank', 'career_stage'])
    .orderBy('id')
    .execute();
  return new PeopleIndex(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      employeeId: r.employee_id,
      department: r.department,
      active: r.active === 1,
      rank: r.rank,
      careerStage: r.career_stage,
    })),
  );
}

export function candidateOf(person: PersonRecord): PersonCandidate {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    employeeId: person.employeeId,
    department: person.department,
    active: person.active,
  };
}

/**
 * A respondent or sign-up whom the directory cannot settle: shown for review
 * with the people it might be, linked by hand or kept unlinked.
 */
export function respondentToReview(
  row: { row: number; who: WhoInRow },
  status: 'ambiguous' | 'unmatched',
  candidates: PersonRecord[],
): ReviewRow {
  return {
    row: row.row,
    status,
    name: row.who.name,
    email: row.who.email,
    employeeId: row.who.employeeId,
    candidates: candidates.map(candidateOf),
    actions: ['link', 'skip'],
    defaultAction: 'keepUnlinked',
  };
}
