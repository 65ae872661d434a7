import type { Selectable } from 'kysely';
import type { FacultyTable } from '../../../../db/schema';
import { facultyFields, type Faculty, type FacultyFields } from '../../faculty/contract';
import { toColumns, toFaculty } from '../../faculty/rows';
import type { CommitDecisions, FieldChange, ImportIssue, MissingPerson, ReviewRow, RosterChange } from '../contract';
import { IssueLog } from '../issues';
import { candidateOf, PeopleIndex, type MatchMethod, type PersonRecord } from '../matching/people';
import { normalizeEmployeeId } from '../matching/names';
import type { RosterRow, RosterValues } from './values';

export interface RosterInsert {
  row: number;
  fields: FacultyFields;
}

export interface RosterUpdate {
  row: number;
  facultyId: number;
  matchedBy: MatchMethod | 'review';
  fields: FacultyFields;
  before: Selectable<FacultyTable>;
  changes: FieldChange[];
}

export interface RosterPlan {
  inserts: RosterInsert[];
  updates: RosterUpdate[];
  unchanged: number;
  /** Rows not written, with why (errors, review left open, skipped by a decision). */
  notImported: { row: number; reason: string }[];
  duplicates: number;
  matched: { byEmployeeId: number; byEmail: number; byName: number };
  /** Rows still ambiguous or unmatched after the staff's decisions. */
  ambiguous: number;
  unmatched: number;
  /** Ambiguous or unmatched rows the staff linked, added or skipped in review. */
  resolvedByHand: number;
  review: ReviewRow[];
  missing: MissingPerson[];
  deactivate: number[];
  issues: IssueLog;
}

/** The columns a person's record is compared on, with the names shown in the diff. */
const comparedColumns: [keyof ReturnType<typeof toColumns> | 'active', string][] = [
  ['name', 'name'],
  ['email', 'email'],
  ['employee_id', 'employeeId'],
  ['department', 'department'],
  ['division', 'division'],
  ['rank', 'rank'],
  ['track', 'track'],
  ['appointment_start', 'appointmentStart'],
  ['career_stage', 'careerStage'],
  ['interests', 'interests'],
  ['first_time_leader', 'firstTimeLeader'],
  ['active', 'active'],
];

function shown(column: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (column === 'interests') return (JSON.parse(String(value)) as string[]).join('; ') || null;
  if (column === 'first_time_leader' || column === 'active') return value === 1 ? 'Yes' : 'No';
  return String(value);
}

/** Column-by-column differences between a stored row and what it would become. */
export function diffColumns(
  before: Selectable<FacultyTable>,
  after: ReturnType<typeof toColumns> & { active: number },
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [column, field] of comparedColumns) {
    const from = before[column as keyof FacultyTable];
    const to = after[column as keyof typeof after];
    if ((from ?? null) !== (to ?? null)) changes.push({ field, from: shown(column, from), to: shown(column, to) });
  }
  return changes;
}

/** Existing record + the row's non-blank values. A blank cell never erases what is stored. */
function mergedFields(existing: Faculty, values: RosterValues): unknown {
  return {
    name: values.name ?? existing.name,
    email: values.email ?? existing.email,
    employeeId: values.employeeId ?? existing.employeeId,
    department: values.department ?? existing.department,
    division: values.division ?? existing.division,
    rank: values.rank ?? existing.rank,
    track: values.track ?? existing.track,
    appointmentStart: values.appointmentStart ?? existing.appointmentStart,
    careerStage: values.careerStage ?? (existing.careerStageSet ? existing.careerStage : null),
    interests: values.interests ?? existing.interests,
    firstTimeLeader: values.firstTimeLeader ?? existing.firstTimeLeader,
  };
}

const fieldColumns: Record<string, string> = {
  name: 'name',
  email: 'email',
  employeeId: 'employeeId',
  department: 'department',
  division: 'division',
  rank: 'rank',
  track: 'track',
  appointmentStart: 'appointmentStart',
};

/** The same rules as the person form; messages name the field. */
function validate(
  candidate: unknown,
  row: number,
  columnOf: (field: string) => string | null,
  log: IssueLog,
): FacultyFields | null {
  const parsed = facultyFields.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const value = (candidate as Record<string, unknown>)[field];
    log.error(
      row,
      columnOf(fieldColumns[field] ?? field),
      'INVALID_FIELD',
      issue.message,
      value === undefined || value === null ? null : String(value),
    );
  }
  return null;
}

export interface RosterPlanContext {
  rows: readonly RosterRow[];
  faculty: readonly Selectable<FacultyTable>[];
  decisions: CommitDecisions;
  today: Date;
  /** Field → the column key it came from, for messages. */
  columnOf: (field: string) => string | null;
  conversionIssues: readonly ImportIssue[];
}

/**
 * Works out what a roster would change: who is new, who changed and how,
 * who is unchanged, who is missing from the file, and which rows need a
 * person to decide. Pure over its inputs: the preview runs it with no
 * decisions, the commit runs it again with the decisions, against the
 * records as they are at that moment.
 */
export function planRoster(context: RosterPlanContext): RosterPlan {
  const { rows, decisions, today, columnOf } = context;
  const issues = new IssueLog();
  issues.addAll(context.conversionIssues);
  const people = new PeopleIndex(context.faculty.map((r) => personOf(r)));
  const stored = new Map(context.faculty.map((r) => [r.id, r]));
  const decisionFor = new Map(decisions.rows.map((d) => [d.row, d]));
  const plan: RosterPlan = {
    inserts: [],
    updates: [],
    unchanged: 0,
    notImported: [],
    duplicates: 0,
    matched: { byEmployeeId: 0, byEmail: 0, byName: 0 },
    ambiguous: 0,
    unmatched: 0,
    resolvedByHand: 0,
    review: [],
    missing: [],
    deactivate: [],
    issues,
  };
  const claimedBy = new Map<number, number>(); // faculty id → row
  const present = new Set<number>();
  const newEmails = new Map<string, number>();
  const newIds = new Map<string, number>();
  const reject = (row: number, reason: string) => plan.notImported.push({ row, reason });

  for (const item of rows) {
    if (item.duplicateOf !== null) {
      plan.duplicates++;
      issues.warning(
        item.row,
        null,
        'DUPLICATE_ROW',
        `Row ${item.row} repeats row ${item.duplicateOf} exactly; it is counted once.`,
      );
      continue;
    }
    if (item.issues.some((i) => i.severity === 'error')) {
      reject(
        item.row,
        item.issues
          .filter((i) => i.severity === 'error')
          .map((i) => i.message)
          .join(' '),
      );
      continue;
    }
    const decision = decisionFor.get(item.row);
    const who = {
      employeeId: item.values.employeeId ?? null,
      email: item.values.email ?? null,
      name: item.values.name ?? null,
    };
    const match = people.match(who);
    if (match?.status === 'matched')
      plan.matched[`by${match.by[0]!.toUpperCase()}${match.by.slice(1)}` as keyof RosterPlan['matched']]++;
    if (match?.status === 'ambiguous') for (const c of match.candidates) present.add(c.id);
    // A row someone decided on in review is no longer ambiguous or unmatched: it is counted as resolved by hand.
    if (match && match.status !== 'matched') {
      if (decision) plan.resolvedByHand++;
      else if (match.status === 'ambiguous') plan.ambiguous++;
      else plan.unmatched++;
    }
    if (decision?.action === 'skip') {
      reject(item.row, 'Skipped in review.');
      if (match?.status === 'matched') present.add(match.person.id);
      continue;
    }

    let target: Selectable<FacultyTable> | undefined;
    let matchedBy: MatchMethod | 'review' = 'review';
    if (decision?.action === 'link') {
      target = stored.get(decision.facultyId);
      if (!target) {
        issues.error(item.row, null, 'NOT_FOUND', 'The person chosen for this row is no longer in the directory.');
        reject(item.row, 'The person chosen for this row is no longer in the directory.');
        continue;
      }
    } else if (match.status === 'matched') {
      target = stored.get(match.person.id);
      matchedBy = match.by;
      if (match.note) issues.warning(item.row, columnOf(match.by), 'MATCH_CONFLICT', match.note);
    } else if (match?.status === 'ambiguous' && decision?.action !== 'create') {
      plan.review.push({
        row: item.row,
        status: 'ambiguous',
        name: who.name,
        email: who.email,
        employeeId: who.employeeId,
        candidates: match.candidates.map(candidateOf),
        actions: ['link', 'create', 'skip'],
        defaultAction: 'skip',
      });
      issues.warning(
        item.row,
        columnOf('name'),
        'AMBIGUOUS_PERSON',
        `${match.candidates.length} people in the directory are called ${who.name}; choose who this row is, add them as someone new, or skip it.`,
        who.name,
      );
      reject(item.row, `Several people are called ${who.name}; choose who this row is in the review.`);
      continue;
    }

    if (target) {
      present.add(target.id);
      const earlier = claimedBy.get(target.id);
      if (earlier !== undefined) {
        const message = `Rows ${earlier} and ${item.row} are both ${target.name}; only row ${earlier} is used.`;
        issues.error(item.row, null, 'SAME_PERSON_TWICE', message);
        reject(item.row, message);
        continue;
      }
      claimedBy.set(target.id, item.row);
      const fields = validate(mergedFields(toFaculty(target), item.values), item.row, columnOf, issues);
      if (!fields) {
        reject(item.row, 'Some values are not valid; see the errors for this row.');
        continue;
      }
      const conflict = uniquenessConflict(people, fields, target.id);
      if (conflict) {
        issues.error(item.row, columnOf(conflict.field), 'CONFLICT', conflict.message, conflict.value);
        reject(item.row, conflict.message);
        continue;
      }
      const after = { ...toColumns(fields, today), active: 1 };
      const changes = diffColumns(target, after);
      if (changes.length === 0) plan.unchanged++;
      else plan.updates.push({ row: item.row, facultyId: target.id, matchedBy, fields, before: target, changes });
      continue;
    }

    // A new person (unmatched, or "create" chosen for an ambiguous row).
    const fields = validate(
      { ...item.values, careerStage: item.values.careerStage ?? null },
      item.row,
      columnOf,
      issues,
    );
    if (!fields) {
      reject(item.row, 'A new person needs a name, email, department and rank; see the errors for this row.');
      continue;
    }
    const conflict = uniquenessConflict(people, fields, null);
    const sameEmailRow = newEmails.get(fields.email);
    const sameIdRow = fields.employeeId ? newIds.get(normalizeEmployeeId(fields.employeeId)) : undefined;
    const message = conflict
      ? conflict.message
      : sameEmailRow !== undefined
        ? `Row ${sameEmailRow} already adds someone with the email ${fields.email}.`
        : sameIdRow !== undefined
          ? `Row ${sameIdRow} already adds someone with employee id ${fields.employeeId}.`
          : null;
    if (message) {
      issues.error(
        item.row,
        columnOf(conflict?.field ?? (sameEmailRow !== undefined ? 'email' : 'employeeId')),
        'CONFLICT',
        message,
      );
      reject(item.row, message);
      continue;
    }
    newEmails.set(fields.email, item.row);
    if (fields.employeeId) newIds.set(normalizeEmployeeId(fields.employeeId), item.row);
    plan.inserts.push({ row: item.row, fields });
  }

  for (const person of people.people) {
    if (!person.active || present.has(person.id)) continue;
    const record = stored.get(person.id)!;
    plan.missing.push({
      facultyId: person.id,
      name: person.name,
      email: person.email,
      department: person.department,
      rank: record.rank as MissingPerson['rank'],
    });
  }
  const missingIds = new Set(plan.missing.map((m) => m.facultyId));
  for (const id of decisions.deactivate) {
    if (missingIds.has(id)) plan.deactivate.push(id);
    else
      issues.warning(
        0,
        null,
        'NOT_MISSING',
        'A person chosen for deactivation is in this roster or already inactive, so they were left as they are.',
      );
  }
  return plan;
}

function personOf(row: Selectable<FacultyTable>): PersonRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    employeeId: row.employee_id,
    department: row.department,
    active: row.active === 1,
    rank: row.rank,
    careerStage: row.career_stage,
  };
}

function uniquenessConflict(
  people: PeopleIndex,
  fields: FacultyFields,
  selfId: number | null,
): { field: string; message: string; value: string } | null {
  const emailOwner = people.ownerOfEmail(fields.email);
  if (emailOwner && emailOwner.id !== selfId)
    return { field: 'email', message: `${fields.email} already belongs to ${emailOwner.name}.`, value: fields.email };
  if (fields.employeeId) {
    const idOwner = people.ownerOfEmployeeId(fields.employeeId);
    if (idOwner && idOwner.id !== selfId)
      return {
        field: 'employeeId',
        message: `Employee id ${fields.employeeId} already belongs to ${idOwner.name}.`,
        value: fields.employeeId,
      };
  }
  return null;
}

export function rosterChanges(plan: RosterPlan): RosterChange[] {
  return plan.updates.map((u) => ({
    row: u.row,
    facultyId: u.facultyId,
    name: u.before.name,
    matchedBy: u.matchedBy === 'review' ? 'name' : u.matchedBy,
    changes: u.changes,
  }));
}
