import type { ReadableDb, WritableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import type { AwardLevel, AwardType, awardTypeFields } from './contract';

/** Award types: the department mentoring award, school-level awards (seed 004). */

type AwardTypeFields = z.output<typeof awardTypeFields>;

export async function listAwardTypes(db: ReadableDb, onlyId?: number): Promise<AwardType[]> {
  const rows = await db
    .selectFrom('award_types as t')
    .leftJoin('award_cycles as c', 'c.award_type_id', 't.id')
    .select([
      't.id',
      't.name',
      't.level',
      't.description',
      't.active',
      (eb) => eb.fn.count<number>('c.id').as('cycles'),
    ])
    .$if(onlyId !== undefined, (q) => q.where('t.id', '=', onlyId!))
    .groupBy('t.id')
    .orderBy('t.active', 'desc')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level as AwardLevel,
    description: r.description,
    active: r.active === 1,
    cycleCount: Number(r.cycles),
  }));
}

export async function getAwardType(db: ReadableDb, id: number): Promise<AwardType> {
  const [found] = await listAwardTypes(db, id);
  if (!found) throw new TrellisError('NOT_FOUND', 'That award is not in Trellis. It may have been removed.');
  return found;
}

async function assertNameFree(db: ReadableDb, name: string, exceptId?: number): Promise<void> {
  const same = await db
    .selectFrom('award_types')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (same) {
    const message = `There is already an award called “${name}”. Choose another name, or add a cycle to that award.`;
    throw new TrellisError('CONFLICT', message, { name: message });
  }
}

export async function createAwardType(db: WritableDb, fields: AwardTypeFields, clock: Clock): Promise<number> {
  await assertNameFree(db, fields.name);
  const { id } = await db
    .insertInto('award_types')
    .values({
      name: fields.name,
      level: fields.level,
      description: fields.description,
      active: fields.active ? 1 : 0,
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAwardType(
  db: WritableDb,
  id: number,
  fields: AwardTypeFields,
  clock: Clock,
): Promise<void> {
  await getAwardType(db, id);
  await assertNameFree(db, fields.name, id);
  await db
    .updateTable('award_types')
    .set({
      name: fields.name,
      level: fields.level,
      description: fields.description,
      active: fields.active ? 1 : 0,
      updated_at: clock.stamp,
    })
    .where('id', '=', id)
    .execute();
}
