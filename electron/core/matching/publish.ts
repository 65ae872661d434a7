import type { z } from 'zod';
import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { clockOf } from '../../common/isoDates';
import type { WriteContext } from '../handlers';
import { createMentorship } from '../mentorships/lifecycle';
import { requireOpenProgram } from '../programs/openProgram';
import type { cohortPublishInput, MatchBatch, MatchKind, PublishedBatch } from './contract';
import { exclusionsOf } from './rules';
import { programSettings } from './programSettings';
import { ruleWords } from './reasons';
import { inChunks, loadIdentities, loadMenteeFacts, loadPeople, loadVocabulary } from './roster';
import { scorePair, weightsFor } from './score';

/**
 * Publishing a cohort: the reviewed pairs become proposed mentorships in one
 * transaction, recorded as one batch (like an import), so the office can take
 * the whole batch back while none of its pairs has been touched. Every pair
 * is checked again against the rules as the records stand now: the proposal
 * may be old, and someone may have filled a mentor's places meanwhile.
 */
export async function publishCohort(
  context: WriteContext,
  input: z.output<typeof cohortPublishInput>,
): Promise<PublishedBatch> {
  const { db } = context;
  const clock = clockOf(context.now);
  const program = await requireOpenProgram(db, input.programId);
  const threshold = await db
    .selectFrom('programs')
    .select('mentee_warning_threshold')
    .where('id', '=', program.id)
    .executeTakeFirstOrThrow();
  const settings = await programSettings(db, program.id);
  const vocabulary = await loadVocabulary(db);
  const menteeIds = input.pairs.map((p) => p.menteeId);
  const optedIn = [...(await loadIdentities(db, menteeIds)).values()].some((d) => d.identityMatchingOptIn);
  const people = await loadPeople(
    db,
    {
      allActive: false,
      ids: input.pairs.flatMap((p) => [p.menteeId, p.mentorId]),
      defaultCapacity: threshold.mentee_warning_threshold,
      withIdentity: optedIn,
    },
    vocabulary,
  );
  if (input.pairs.some((p) => !people.has(p.menteeId) || !people.has(p.mentorId)))
    throw new TrellisError('NOT_FOUND', 'Someone in these pairs is no longer in the directory. Run the match again.');
  const facts = new Map(
    (
      await loadMenteeFacts(
        db,
        menteeIds.map((id) => people.get(id)!),
        vocabulary,
      )
    ).map((f) => [f.person.id, f]),
  );

  const added = new Map<number, number>();
  const scored = input.pairs.map((pair) => {
    const mentee = facts.get(pair.menteeId)!;
    const mentor = people.get(pair.mentorId)!;
    const already = added.get(mentor.id) ?? 0;
    const broken = exclusionsOf(mentee, mentor, { settings, today: clock.today }, already);
    if (broken.length > 0) {
      throw new TrellisError(
        'MATCH_PAIR_NOT_ALLOWED',
        `${mentor.name} can no longer be proposed for ${mentee.person.name} (${ruleWords[broken[0]!]}). Nothing was published; run the match again.`,
      );
    }
    added.set(mentor.id, already + 1);
    const score = scorePair(mentee, mentor, weightsFor(mentee, settings.weights), mentor.mentees + already);
    return { pair, score: score.points };
  });

  const { id: batchId } = await db
    .insertInto('match_batches')
    .values({ program_id: program.id, kind: input.kind, actor: context.actor, created_at: clock.stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mentorshipIds: number[] = [];
  for (const { pair, score } of scored) {
    const id = await createMentorship(
      db,
      {
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
        kind: input.kind,
        programId: program.id,
        startDate: input.startDate ?? clock.today,
        plannedEnd: null,
        cadenceDays: 90,
        notes: null,
        status: 'proposed',
      },
      clock,
    );
    await db
      .insertInto('match_batch_pairs')
      .values({
        batch_id: batchId,
        mentorship_id: id,
        mentee_id: pair.menteeId,
        mentor_id: pair.mentorId,
        score,
        written_at: clock.stamp,
      })
      .execute();
    mentorshipIds.push(id);
    context.audit('mentorship', id);
  }
  context.audit('match_batch', batchId);
  return { batchId, mentorshipIds };
}

interface BatchPairState {
  batch_id: number;
  mentorship_id: number | null;
  written_at: string;
  status: string | null;
  updated_at: string | null;
  touched: number;
}

/** A pair counts as changed once it is not exactly the proposal the batch wrote, or work hangs on it. */
function changed(pair: BatchPairState): boolean {
  return (
    pair.mentorship_id === null ||
    pair.status !== 'proposed' ||
    pair.updated_at !== pair.written_at ||
    pair.touched === 1
  );
}

async function pairStates(db: ReadableDb, batchIds: readonly number[]): Promise<BatchPairState[]> {
  return inChunks(batchIds, (chunk) =>
    db
      .selectFrom('match_batch_pairs as bp')
      .leftJoin('mentorships as m', 'm.id', 'bp.mentorship_id')
      .select((eb) => [
        'bp.batch_id',
        'bp.mentorship_id',
        'bp.written_at',
        'm.status',
        'm.updated_at',
        eb
          .or([
            eb.exists(eb.selectFrom('mentorship_goals as g').select('g.id').whereRef('g.mentorship_id', '=', 'm.id')),
            eb.exists(eb.selectFrom('meetings as x').select('x.id').whereRef('x.mentorship_id', '=', 'm.id')),
            eb.exists(eb.selectFrom('change_requests as c').select('c.id').whereRef('c.mentorship_id', '=', 'm.id')),
            eb.exists(eb.selectFrom('mentorship_reviews as r').select('r.id').whereRef('r.mentorship_id', '=', 'm.id')),
          ])
          .$castTo<number>()
          .as('touched'),
      ])
      .where('bp.batch_id', 'in', chunk)
      .execute(),
  );
}

export async function listMatchBatches(db: ReadableDb, programId?: number): Promise<MatchBatch[]> {
  const rows = await db
    .selectFrom('match_batches as b')
    .innerJoin('programs as p', 'p.id', 'b.program_id')
    .select([
      'b.id',
      'b.program_id',
      'p.name as program_name',
      'b.kind',
      'b.actor',
      'b.created_at',
      'b.undone_at',
      'b.undone_by',
    ])
    .$if(programId !== undefined, (q) => q.where('b.program_id', '=', programId!))
    .orderBy('b.id', 'desc')
    .execute();
  const states = await pairStates(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const pairs = states.filter((s) => s.batch_id === row.id);
    const changedSince = row.undone_at ? 0 : pairs.filter(changed).length;
    return {
      id: row.id,
      program: { id: row.program_id, name: row.program_name },
      kind: row.kind as MatchKind,
      actor: row.actor,
      createdAt: row.created_at,
      pairs: pairs.length,
      undoneAt: row.undone_at,
      undoneBy: row.undone_by,
      changedSince,
      undoable: row.undone_at === null && changedSince === 0,
    };
  });
}

/** Takes a whole batch back: its proposed mentorships are removed, in one transaction, or nothing is. */
export async function undoMatchBatch(context: WriteContext, batchId: number): Promise<MatchBatch> {
  const { db } = context;
  const batch = (await listMatchBatches(db)).find((b) => b.id === batchId);
  if (!batch) throw new TrellisError('NOT_FOUND', 'That published match is not in Trellis.');
  if (batch.undoneAt)
    throw new TrellisError('MATCH_BATCH_UNDONE', `This match was already undone on ${batch.undoneAt.slice(0, 10)}.`);
  if (batch.changedSince > 0) {
    throw new TrellisError(
      'MATCH_BATCH_CHANGED',
      `${batch.changedSince === 1 ? 'One pair' : `${batch.changedSince} pairs`} of this match ${batch.changedSince === 1 ? 'has' : 'have'} been activated, edited or ended since, so it can no longer be undone as a whole. Nothing was changed; end or withdraw the pairs one by one instead.`,
    );
  }
  const ids = (await pairStates(db, [batchId])).map((p) => p.mentorship_id!);
  for (let i = 0; i < ids.length; i += 500)
    await db
      .deleteFrom('mentorships')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  for (const id of ids) context.audit('mentorship', id);
  const stamp = context.now().toISOString();
  await db
    .updateTable('match_batches')
    .set({ undone_at: stamp, undone_by: context.actor })
    .where('id', '=', batchId)
    .execute();
  context.audit('match_batch', batchId);
  return { ...batch, undoneAt: stamp, undoneBy: context.actor, undoable: false };
}
