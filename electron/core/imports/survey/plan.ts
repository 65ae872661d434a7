import type { CommitDecisions, ImportIssue, ProposedEffect, ReviewRow } from '../contract';
import { IssueLog } from '../issues';
import { nameKey } from '../matching/names';
import { respondentToReview, type PeopleIndex, type PersonRecord } from '../matching/people';
import type { AnswerTable } from './answerTable';
import type { SurveyRow } from './values';

/** A response already stored for this survey (not superseded). */
export interface ExistingResponse {
  id: number;
  facultyId: number | null;
  respondentKey: string | null;
  responseRef: string | null;
  completedAt: string | null;
  answers: string;
}

export interface SurveyInsert {
  row: SurveyRow;
  person: PersonRecord | null;
  respondentKey: string | null;
  /** The stored response this one replaces (a later completion by the same person). */
  supersedes: number | null;
}

export interface SurveyPlan {
  inserts: SurveyInsert[];
  unchanged: number;
  duplicates: number;
  notImported: { row: number; reason: string }[];
  matched: { byEmployeeId: number; byEmail: number; byName: number };
  /** Rows still ambiguous or unmatched after the staff's decisions. */
  ambiguous: number;
  unmatched: number;
  /** Ambiguous or unmatched rows the staff linked or skipped in review. */
  resolvedByHand: number;
  partial: number;
  review: ReviewRow[];
  effects: ProposedEffect[];
  /** Effects that would follow if an unlinked respondent were linked. */
  needLink: number;
  issues: IssueLog;
}

export interface SurveyPlanContext {
  rows: readonly SurveyRow[];
  answers: AnswerTable;
  people: PeopleIndex;
  existing: readonly ExistingResponse[];
  decisions: CommitDecisions;
  conversionIssues: readonly ImportIssue[];
  columnOf: (field: string) => string | null;
}

/** Who answered, independent of the directory: email, else employee id, else name. */
export function identityKey(row: SurveyRow): string | null {
  if (row.who.email) return `e:${row.who.email}`;
  if (row.who.employeeId) return `i:${row.who.employeeId.replace(/\s+/g, '').toUpperCase()}`;
  const key = row.who.name ? nameKey(row.who.name) : '';
  return key ? `n:${key}` : null;
}

const later = (a: SurveyRow, b: SurveyRow) => {
  const at = a.completedAt ?? '';
  const bt = b.completedAt ?? '';
  return at === bt ? a.row > b.row : at > bt;
};

/**
 * Works out which survey rows become responses. A respondent who answered
 * twice counts once — the later completion — and the other is reported; a
 * response already stored is left as it is, or replaced by a later one. Pure
 * over its inputs, like the roster plan: run with no decisions for the
 * preview and with the decisions at commit.
 */
export function planSurvey(context: SurveyPlanContext): SurveyPlan {
  const { rows, people, decisions, columnOf } = context;
  const issues = new IssueLog();
  issues.addAll(context.conversionIssues);
  const decisionFor = new Map(decisions.rows.map((d) => [d.row, d]));
  const plan: SurveyPlan = {
    inserts: [],
    unchanged: 0,
    duplicates: 0,
    notImported: [],
    matched: { byEmployeeId: 0, byEmail: 0, byName: 0 },
    ambiguous: 0,
    unmatched: 0,
    resolvedByHand: 0,
    partial: 0,
    review: [],
    effects: [],
    needLink: 0,
    issues,
  };

  const candidates: SurveyInsert[] = [];
  for (const row of rows) {
    if (row.notAResponse) {
      plan.notImported.push({ row: row.row, reason: `Not a response (${row.notAResponse}).` });
      issues.warning(
        row.row,
        columnOf('responseType'),
        'NOT_A_RESPONSE',
        `This row is marked “${row.notAResponse}”, so it is not imported as a response.`,
        row.notAResponse,
      );
      continue;
    }
    if (row.answerCount === 0) {
      plan.notImported.push({ row: row.row, reason: 'No answers.' });
      issues.warning(row.row, null, 'EMPTY_RESPONSE', 'This row answers no question, so it is not imported.');
      continue;
    }
    const decision = decisionFor.get(row.row);
    const match = people.match(row.who);
    // A row someone decided on in review is no longer ambiguous or unmatched: it is counted as resolved by hand.
    if (decision && match.status !== 'matched') plan.resolvedByHand++;
    if (decision?.action === 'skip') {
      plan.notImported.push({ row: row.row, reason: 'Skipped in review.' });
      continue;
    }
    let person: PersonRecord | null = null;
    if (match.status === 'matched') {
      plan.matched[`by${match.by[0]!.toUpperCase()}${match.by.slice(1)}` as keyof SurveyPlan['matched']]++;
      if (match.note) issues.warning(row.row, columnOf(match.by), 'MATCH_CONFLICT', match.note);
      person = match.person;
    } else if (!decision) {
      if (match.status === 'ambiguous') plan.ambiguous++;
      else plan.unmatched++;
    }
    if (decision?.action === 'link') {
      person = people.people.find((p) => p.id === decision.facultyId) ?? null;
      if (!person)
        issues.warning(
          row.row,
          null,
          'NOT_FOUND',
          'The person chosen for this row is no longer in the directory; the response is kept unlinked.',
        );
    } else if (match.status === 'ambiguous') {
      plan.review.push(respondentToReview(row, 'ambiguous', match.candidates));
      issues.warning(
        row.row,
        columnOf('name'),
        'AMBIGUOUS_PERSON',
        `${match.candidates.length} people in the directory are called ${row.who.name}; the response is kept unlinked until you choose who it is.`,
        row.who.name,
      );
    } else if (match.status === 'unmatched' && (row.who.email || row.who.employeeId || row.who.name)) {
      plan.review.push(respondentToReview(row, 'unmatched', []));
    }
    candidates.push({ row, person, respondentKey: identityKey(row), supersedes: null });
  }

  // One response per respondent (and per response id): the later completion counts.
  const winners = new Map<string, SurveyInsert>();
  const keysOf = new Map<SurveyInsert, string[]>();
  const anonymous: SurveyInsert[] = [];
  for (const candidate of candidates) {
    const keys: string[] = [];
    const respondent = candidate.person ? `f:${candidate.person.id}` : candidate.respondentKey;
    if (respondent) keys.push(respondent);
    if (candidate.row.responseRef) keys.push(`r:${candidate.row.responseRef}`);
    keysOf.set(candidate, keys);
    let rival: SurveyInsert | undefined;
    for (const key of keys) rival ??= winners.get(key);
    if (!rival) {
      if (keys.length === 0) anonymous.push(candidate);
      for (const key of keys) winners.set(key, candidate);
      continue;
    }
    const [keep, drop] = later(candidate.row, rival.row) ? [candidate, rival] : [rival, candidate];
    plan.duplicates++;
    const who = keep.person?.name ?? keep.row.who.name ?? keep.row.who.email ?? 'This respondent';
    issues.warning(
      drop.row.row,
      null,
      'DUPLICATE_RESPONDENT',
      `${who} answered more than once (rows ${Math.min(drop.row.row, keep.row.row)} and ${Math.max(drop.row.row, keep.row.row)}); the response completed later (row ${keep.row.row}) counts.`,
    );
    for (const key of [...keysOf.get(drop)!, ...keys]) winners.set(key, keep);
    keysOf.set(keep, [...new Set([...keysOf.get(keep)!, ...keysOf.get(drop)!, ...keys])]);
  }
  const kept = [...new Set(winners.values())];
  for (const a of anonymous) kept.push(a);
  kept.sort((a, b) => a.row.row - b.row.row);

  // Against what is already stored.
  const byRef = new Map<string, ExistingResponse>();
  const byFaculty = new Map<number, ExistingResponse>();
  const byKey = new Map<string, ExistingResponse>();
  for (const e of context.existing) {
    if (e.responseRef) byRef.set(e.responseRef, e);
    if (e.facultyId !== null) byFaculty.set(e.facultyId, e);
    if (e.respondentKey) byKey.set(e.respondentKey, e);
  }
  const superseded = new Set<number>();
  for (const insert of kept) {
    const { row } = insert;
    const existing =
      (row.responseRef ? byRef.get(row.responseRef) : undefined) ??
      (insert.person ? byFaculty.get(insert.person.id) : undefined) ??
      (insert.respondentKey ? byKey.get(insert.respondentKey) : undefined);
    if (existing && !superseded.has(existing.id)) {
      if (
        (existing.completedAt ?? '') === (row.completedAt ?? '') &&
        existing.answers === context.answers.json(row.answers)
      ) {
        plan.unchanged++;
        continue;
      }
      if (row.completedAt && existing.completedAt && row.completedAt < existing.completedAt) {
        plan.duplicates++;
        issues.warning(
          row.row,
          null,
          'OLDER_THAN_STORED',
          'A later response from this respondent is already stored, so this one is not imported.',
        );
        continue;
      }
      insert.supersedes = existing.id;
      superseded.add(existing.id);
    }
    if (row.partial) plan.partial++;
    plan.inserts.push(insert);
    const hasSignals =
      row.signals.wantsMentorChange || row.signals.hasMentor === false || row.signals.topics.length > 0;
    if (!insert.person) {
      if (hasSignals) plan.needLink++;
      continue;
    }
    const base = { row: row.row, facultyId: insert.person.id, name: insert.person.name };
    if (row.signals.wantsMentorChange)
      plan.effects.push({ ...base, id: `changeRequest:${row.row}`, kind: 'changeRequest', topic: null });
    if (row.signals.hasMentor === false)
      plan.effects.push({ ...base, id: `noMentor:${row.row}`, kind: 'noMentor', topic: null });
    for (const topic of row.signals.topics)
      plan.effects.push({ ...base, id: `peerTopicInterest:${row.row}:${topic}`, kind: 'peerTopicInterest', topic });
  }
  return plan;
}

/** Effects the commit applies: listed ids, or whole kinds. Nothing unless asked. */
export function acceptedEffects(effects: readonly ProposedEffect[], accept: readonly string[]): ProposedEffect[] {
  const wanted = new Set(accept);
  return effects.filter((e) => wanted.has(e.id) || wanted.has(e.kind) || wanted.has('all'));
}
