import type { ReadableDb, WritableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import type { AwardCycle, AwardLevel, CycleState, cycleCreateInput, cycleUpdateInput } from './contract';

/** Yearly cycles of an award: dates, criteria, and the limits a packet should keep to. */

type NewCycle = z.output<typeof cycleCreateInput>;
type CycleChanges = z.output<typeof cycleUpdateInput>;

/** Open from the opening date through the closing date, both included. */
export function cycleState(opensOn: string, closesOn: string, today: string): CycleState {
  if (today < opensOn) return 'upcoming';
  if (today > closesOn) return 'closed';
  return 'open';
}

function cycleQuery(db: ReadableDb) {
  return db
    .selectFrom('award_cycles as c')
    .innerJoin('award_types as t', 't.id', 'c.award_type_id')
    .select([
      'c.id',
      'c.year',
      'c.opens_on',
      'c.closes_on',
      'c.criteria',
      'c.max_support_letters',
      'c.letter_page_limit',
      'c.statement_page_limit',
      'c.packet_page_limit',
      't.id as type_id',
      't.name as type_name',
      't.level as type_level',
      (eb) =>
        eb
          .selectFrom('award_nominations as n')
          .select((n) => n.fn.countAll<number>().as('n'))
          .whereRef('n.cycle_id', '=', 'c.id')
          .as('nominations'),
    ]);
}

type CycleRow = Awaited<ReturnType<ReturnType<typeof cycleQuery>['executeTakeFirstOrThrow']>>;

function toCycle(row: CycleRow, today: string): AwardCycle {
  return {
    id: row.id,
    awardType: { id: row.type_id, name: row.type_name, level: row.type_level as AwardLevel },
    year: row.year,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    state: cycleState(row.opens_on, row.closes_on, today),
    criteria: row.criteria,
    maxSupportLetters: row.max_support_letters,
    letterPageLimit: row.letter_page_limit,
    statementPageLimit: row.statement_page_limit,
    packetPageLimit: row.packet_page_limit,
    nominationCount: Number(row.nominations ?? 0),
  };
}

export async function listCycles(db: ReadableDb, today: string, awardTypeId?: number): Promise<AwardCycle[]> {
  const rows = await cycleQuery(db)
    .$if(awardTypeId !== undefined, (q) => q.where('c.award_type_id', '=', awardTypeId!))
    .orderBy('c.year', 'desc')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => toCycle(r, today));
}

export async function getCycle(db: ReadableDb, id: number, today: string): Promise<AwardCycle> {
  const row = await cycleQuery(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) {
    throw new TrellisError(
      'NOT_FOUND',
      `There is no award cycle with id ${id}. Run "trellis awards cycles" to see them.`,
      {
        cycleId: 'Choose an award cycle.',
      },
    );
  }
  return toCycle(row, today);
}

async function assertYearFree(db: ReadableDb, awardTypeId: number, year: number, exceptId?: number) {
  const same = await db
    .selectFrom('award_cycles')
    .select('id')
    .where('award_type_id', '=', awardTypeId)
    .where('year', '=', year)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (same) {
    const message = `This award already has a ${year} cycle. Open that cycle instead of adding another.`;
    throw new TrellisError('CONFLICT', message, { year: message });
  }
}

function limitColumns(fields: NewCycle | CycleChanges, clock: Clock) {
  return {
    year: fields.year,
    opens_on: fields.opensOn,
    closes_on: fields.closesOn,
    criteria: fields.criteria,
    max_support_letters: fields.maxSupportLetters,
    letter_page_limit: fields.letterPageLimit,
    statement_page_limit: fields.statementPageLimit,
    packet_page_limit: fields.packetPageLimit,
    updated_at: clock.stamp,
  };
}

export async function createCycle(db: WritableDb, fields: NewCycle, clock: Clock): Promise<number> {
  const type = await db
    .selectFrom('award_types')
    .select(['id', 'active'])
    .where('id', '=', fields.awardTypeId)
    .executeTakeFirst();
  if (!type) throw new TrellisError('NOT_FOUND', 'That award is not in Trellis.', { awardTypeId: 'Choose an award.' });
  await assertYearFree(db, fields.awardTypeId, fields.year);
  const { id } = await db
    .insertInto('award_cycles')
    .values({ award_type_id: fields.awardTypeId, ...limitColumns(fields, clock), created_at: clock.stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateCycle(db: WritableDb, fields: CycleChanges, clock: Clock): Promise<void> {
  const current = await getCycle(db, fields.id, clock.today);
  await assertYearFree(db, current.awardType.id, fields.year, fields.id);
  await db.updateTable('award_cycles').set(limitColumns(fields, clock)).where('id', '=', fields.id).execute();
}
