import type { CommitDecisions, ReviewRow } from '../contract';
import { IssueLog } from '../issues';
import { nameKey } from '../matching/names';
import { respondentToReview, type PeopleIndex } from '../matching/people';
import type { SignupRow } from './values';

/** A participant the sign-up sheet adds: a directory person, or a name the directory does not know (yet). */
export interface SignupInsert {
  row: number;
  facultyId: number | null;
  name: string | null;
  email: string | null;
  department: string | null;
}

export interface SignupPlan {
  inserts: SignupInsert[];
  /** Already on the workshop's list. */
  unchanged: number;
  duplicates: number;
  notImported: { row: number; reason: string }[];
  matched: { byEmployeeId: number; byEmail: number; byName: number };
  ambiguous: number;
  unmatched: number;
  resolvedByHand: number;
  review: ReviewRow[];
  issues: IssueLog;
}

/** Who is on the workshop's list already: directory people by id, others by email and by name. */
export interface WorkshopList {
  facultyIds: ReadonlySet<number>;
  emails: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/**
 * Works out who a sign-up sheet adds to a workshop. A row the directory
 * matches is that person; a name it cannot settle (several people, or
 * nobody) is kept by name, as a walk-in is, until someone links it in review
 * — nobody is dropped for not being in the directory. Pure over its inputs:
 * planned without decisions for the preview, and with them at commit.
 */
export function planSignups(context: {
  rows: readonly SignupRow[];
  people: PeopleIndex;
  list: WorkshopList;
  decisions: CommitDecisions;
  columnOf: (field: string) => string | null;
}): SignupPlan {
  const { rows, people, list, decisions, columnOf } = context;
  const issues = new IssueLog();
  const decisionFor = new Map(decisions.rows.map((d) => [d.row, d]));
  const plan: SignupPlan = {
    inserts: [],
    unchanged: 0,
    duplicates: 0,
    notImported: [],
    matched: { byEmployeeId: 0, byEmail: 0, byName: 0 },
    ambiguous: 0,
    unmatched: 0,
    resolvedByHand: 0,
    review: [],
    issues,
  };
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.who.email && !row.who.employeeId && !row.who.name) {
      plan.notImported.push({ row: row.row, reason: 'Names no one.' });
      issues.warning(row.row, null, 'NO_PERSON', 'This row names no one, so no one is added from it.');
      continue;
    }
    const decision = decisionFor.get(row.row);
    const match = people.match(row.who);
    if (decision && match.status !== 'matched') plan.resolvedByHand++;
    if (decision?.action === 'skip') {
      plan.notImported.push({ row: row.row, reason: 'Skipped in review.' });
      continue;
    }
    const person =
      decision?.action === 'link'
        ? (people.people.find((p) => p.id === decision.facultyId) ?? null)
        : match.status === 'matched'
          ? match.person
          : null;
    // One person, one place on the list: a second row of theirs is a duplicate, whoever they are.
    const key = person ? `f:${person.id}` : row.who.email ? `e:${row.who.email}` : `n:${nameKey(row.who.name ?? '')}`;
    if (seen.has(key)) {
      plan.duplicates++;
      issues.warning(row.row, null, 'DUPLICATE_SIGNUP', 'This person signed up more than once; they are added once.');
      continue;
    }
    seen.add(key);
    if (decision?.action !== 'link') {
      if (match.status === 'matched') {
        plan.matched[`by${match.by[0]!.toUpperCase()}${match.by.slice(1)}` as keyof SignupPlan['matched']]++;
        if (match.note) issues.warning(row.row, columnOf(match.by), 'MATCH_CONFLICT', match.note);
      } else {
        if (match.status === 'ambiguous') plan.ambiguous++;
        else plan.unmatched++;
        plan.review.push(respondentToReview(row, match.status, match.status === 'ambiguous' ? match.candidates : []));
      }
    }
    const onList = person
      ? list.facultyIds.has(person.id)
      : (row.who.email !== null && list.emails.has(row.who.email)) ||
        (row.who.name !== null && list.names.has(nameKey(row.who.name)));
    if (onList) {
      plan.unchanged++;
      continue;
    }
    plan.inserts.push(
      person
        ? { row: row.row, facultyId: person.id, name: null, email: null, department: null }
        : {
            row: row.row,
            facultyId: null,
            name: row.who.name ?? row.who.email,
            email: row.who.email,
            department: row.department,
          },
    );
  }
  return plan;
}
