import type { z } from 'zod';
import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { supportingKinds } from '../../common/mentorshipTerms';
import { planCohort } from './cohort';
import type { CohortProposal, cohortProposeInput, MatchSuggestions, suggestInput } from './contract';
import type { MatchPerson } from './model';
import { programSettings } from './programSettings';
import { loadIdentities, loadMenteeFacts } from './roster';
import type { MatchingRosterCache } from './rosterCache';
import { suggestMentors } from './suggest';
import { toScore } from './settings';
import { menteeSummary, mentorRef, scoredMentor } from './views';

/**
 * The two read operations that find mentors: suggestions for one mentee,
 * and a proposal for a whole cohort. Both load the facts once, then hand them
 * to the pure code.
 */

async function openProgram(db: ReadableDb, programId: number) {
  const program = await db
    .selectFrom('programs')
    .select(['id', 'name', 'status', 'mentee_warning_threshold'])
    .where('id', '=', programId)
    .executeTakeFirst();
  if (!program) throw new TrellisError('NOT_FOUND', 'That program does not exist.', { programId: 'Choose a program.' });
  if (program.status === 'closed') {
    const message = `${program.name} is closed. Choose a program that is running or planned.`;
    throw new TrellisError('CONFLICT', message, { programId: message });
  }
  return { program, settings: await programSettings(db, programId) };
}

async function anyOptedIn(db: ReadableDb, ids: readonly number[]): Promise<boolean> {
  return [...(await loadIdentities(db, ids)).values()].some((d) => d.identityMatchingOptIn);
}

export async function suggestFor(
  db: ReadableDb,
  cache: MatchingRosterCache,
  input: z.output<typeof suggestInput>,
  today: string,
): Promise<MatchSuggestions> {
  const { program, settings } = await openProgram(db, input.programId);
  const request = await db
    .selectFrom('mentee_requests')
    .select('mentor_ids')
    .where('mentee_id', '=', input.menteeId)
    .executeTakeFirst();
  const named = request ? (JSON.parse(request.mentor_ids) as number[]) : [];
  const { people, vocabulary } = await cache.load(db, {
    allActive: true,
    ids: [input.menteeId, ...named],
    defaultCapacity: program.mentee_warning_threshold,
    withIdentity: await anyOptedIn(db, [input.menteeId]),
  });
  const person = people.get(input.menteeId);
  if (!person)
    throw new TrellisError('NOT_FOUND', 'That person is not in the directory.', {
      menteeId: 'Choose someone from the directory.',
    });
  requireActiveMentee(person);
  const [mentee] = await loadMenteeFacts(db, [person], vocabulary);
  const plan = suggestMentors(mentee!, [...people.values()], { settings, today }, input.limit, input.leftOutLimit);
  return {
    mentee: menteeSummary(mentee!),
    program: { id: program.id, name: program.name },
    kind: input.kind,
    settings,
    suggestions: plan.suggestions.map((s) => scoredMentor(s.mentor, s.score, s.reasons)),
    leftOut: plan.leftOut.map((p) => ({
      person: mentorRef(p.mentor),
      score: toScore(p.points),
      named: p.named,
      reasons: p.codes.map((code, i) => ({ code, message: p.messages[i]! })),
    })),
    leftOutCount: plan.leftOutCount,
    leftOutByReason: plan.leftOutByReason,
    eligibleCount: plan.eligibleCount,
  };
}

function requireActiveMentee(person: MatchPerson): void {
  if (!person.active) {
    const message = `${person.name} is marked as no longer active, so Trellis does not look for a mentor for them.`;
    throw new TrellisError('MATCH_MENTEE_INACTIVE', message, { menteeId: message });
  }
}

/** The program's audience (its target ranks) among active people with no open mentor or sponsor: the dashboard's list, less those waiting on a proposal. */
async function audienceWithoutMentor(db: ReadableDb, programId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('faculty as f')
    .innerJoin('program_target_ranks as t', 't.rank', 'f.rank')
    .select('f.id')
    .where('t.program_id', '=', programId)
    .where('f.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mentorships as m')
            .select('m.id')
            .whereRef('m.mentee_id', '=', 'f.id')
            .where('m.status', 'in', ['proposed', 'active'])
            .where('m.kind', 'in', supportingKinds),
        ),
      ),
    )
    .orderBy('f.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function proposeCohort(
  db: ReadableDb,
  cache: MatchingRosterCache,
  input: z.output<typeof cohortProposeInput>,
  today: string,
): Promise<CohortProposal> {
  const { program, settings } = await openProgram(db, input.programId);
  const menteeIds = [...new Set(input.menteeIds ?? (await audienceWithoutMentor(db, program.id)))];
  if (menteeIds.length === 0) {
    throw new TrellisError(
      'MATCH_NO_MENTEES',
      input.withoutMentor
        ? `Everyone in ${program.name}’s audience has a mentor or a proposed one: there is no one to match.`
        : 'Choose at least one mentee to match.',
    );
  }
  const lockedMentors = input.locks.map((l) => l.mentorId);
  const { people, vocabulary } = await cache.load(db, {
    allActive: input.mentorIds === undefined,
    ids: [...menteeIds, ...(input.mentorIds ?? []), ...lockedMentors],
    defaultCapacity: program.mentee_warning_threshold,
    withIdentity: await anyOptedIn(db, menteeIds),
  });
  const missing = menteeIds.filter((id) => !people.has(id));
  if (missing.length > 0) {
    throw new TrellisError(
      'NOT_FOUND',
      `${missing.length === 1 ? 'One mentee is' : `${missing.length} mentees are`} not in the directory.`,
      {
        menteeIds: 'Choose people from the directory.',
      },
    );
  }
  const inactive = menteeIds.map((id) => people.get(id)!).filter((p) => !p.active);
  if (inactive.length > 0) {
    throw new TrellisError(
      'MATCH_MENTEE_INACTIVE',
      `${inactive
        .map((p) => p.name)
        .slice(0, 3)
        .join(
          ', ',
        )}${inactive.length > 3 ? ` and ${inactive.length - 3} more` : ''} ${inactive.length === 1 ? 'is' : 'are'} no longer active; take them out of the cohort.`,
    );
  }
  const menteeSet = new Set(menteeIds);
  const poolIds = new Set(input.mentorIds ?? [...people.keys()].filter((id) => !menteeSet.has(id)));
  for (const id of lockedMentors) poolIds.add(id);
  const pool = [...people.values()].filter((p) => poolIds.has(p.id));
  const mentees = await loadMenteeFacts(
    db,
    menteeIds.map((id) => people.get(id)!),
    vocabulary,
  );
  const plan = planCohort({
    mentees,
    pool,
    context: { settings, today },
    locks: input.locks,
    exclusions: input.exclusions,
  });
  const totalScore = toScore(plan.totalPoints);
  return {
    program: { id: program.id, name: program.name },
    kind: input.kind,
    settings,
    pairs: plan.pairs.map((pair) => ({
      ...scoredMentor(pair.mentor, pair.score, pair.reasons),
      mentee: menteeSummary(pair.mentee),
      locked: pair.locked,
      menteesBefore: pair.menteesBefore,
    })),
    unmatched: plan.unmatched.map((u) => ({ mentee: menteeSummary(u.mentee), ...u.reason })),
    summary: {
      mentees: mentees.length,
      matched: plan.pairs.length,
      unmatched: plan.unmatched.length,
      poolSize: pool.length,
      totalScore,
      averageScore: plan.pairs.length ? Math.round(plan.totalPoints / plan.pairs.length) / 1000 : null,
    },
  };
}
