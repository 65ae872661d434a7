import type { ReadableDb, WritableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import {
  nominationStatusLabels,
  nominationTransitions,
  type AwardCycle,
  type nominationCreateInput,
  type NominationStatus,
  type nominationUpdateInput,
} from './contract';
import { getCycle } from './cycles';
import { addLetter } from './letters/store';

/**
 * A nomination's life: draft → submitted → under review → selected or not
 * selected. Drafts may be written at any time (nominators start early, and
 * the office keeps late ones on file); submitting needs the cycle to be open,
 * so nothing is submitted after the closing date. The statement and letters
 * can change until the committee starts its review.
 */

type NewNomination = z.output<typeof nominationCreateInput>;
type NominationChanges = z.output<typeof nominationUpdateInput>;

interface StoredNomination {
  id: number;
  cycle_id: number;
  status: NominationStatus;
  statement: string;
}

export async function requireNomination(db: ReadableDb, id: number): Promise<StoredNomination> {
  const row = await db
    .selectFrom('award_nominations')
    .select(['id', 'cycle_id', 'status', 'statement'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That nomination is not in Trellis. It may have been deleted.');
  return { ...row, status: row.status as NominationStatus };
}

/** The statement and letters are the nominator's; once the committee reviews, they stay as submitted. */
export function assertEditable(status: NominationStatus): void {
  if (status === 'draft' || status === 'submitted') return;
  throw new TrellisError(
    'CONFLICT',
    `This nomination is ${nominationStatusLabels[status].toLowerCase()}, so its statement and letters can no longer change. Move it back to “Submitted” first if it really must.`,
  );
}

function assertCanSubmit(cycle: AwardCycle, statement: string): void {
  if (cycle.state === 'closed') {
    throw new TrellisError(
      'CYCLE_CLOSED',
      `The ${cycle.year} ${cycle.awardType.name} closed on ${cycle.closesOn}, so nominations can no longer be submitted. It can be kept as a draft.`,
    );
  }
  if (cycle.state === 'upcoming') {
    throw new TrellisError(
      'CYCLE_CLOSED',
      `The ${cycle.year} ${cycle.awardType.name} opens on ${cycle.opensOn}. Keep this nomination as a draft and submit it from then.`,
    );
  }
  if (statement.trim() === '') {
    const message = 'Write the nomination statement before submitting.';
    throw new TrellisError('VALIDATION', message, { statement: message });
  }
}

export async function createNomination(db: WritableDb, fields: NewNomination, clock: Clock): Promise<number> {
  if (fields.nomineeId === fields.nominatorId) {
    const message = 'A person cannot nominate themselves. Choose a different nominator or nominee.';
    throw new TrellisError('SELF_NOMINATION', message, { nominatorId: message });
  }
  const cycle = await getCycle(db, fields.cycleId, clock.today);
  const nominee = await requireActivePerson(db, fields.nomineeId, 'nomineeId');
  await requireActivePerson(db, fields.nominatorId, 'nominatorId');
  const existing = await db
    .selectFrom('award_nominations')
    .select('id')
    .where('cycle_id', '=', cycle.id)
    .where('nominee_id', '=', nominee.id)
    .executeTakeFirst();
  if (existing) {
    const message = `${nominee.name} is already nominated for the ${cycle.year} ${cycle.awardType.name} (nomination ${existing.id}). Add letters to that nomination instead.`;
    throw new TrellisError('DUPLICATE_NOMINATION', message, { nomineeId: message });
  }
  if (fields.submit) assertCanSubmit(cycle, fields.statement);
  const { id } = await db
    .insertInto('award_nominations')
    .values({
      cycle_id: cycle.id,
      nominee_id: nominee.id,
      nominator_id: fields.nominatorId,
      statement: fields.statement,
      status: fields.submit ? 'submitted' : 'draft',
      submitted_on: fields.submit ? clock.today : null,
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const letter of fields.letters) await addLetter(db, id, letter, clock);
  return id;
}

export async function updateNomination(db: WritableDb, input: NominationChanges, clock: Clock): Promise<void> {
  const current = await requireNomination(db, input.id);
  assertEditable(current.status);
  if (current.status === 'submitted' && input.statement.trim() === '') {
    const message = 'A submitted nomination needs its statement.';
    throw new TrellisError('VALIDATION', message, { statement: message });
  }
  const nominee = await db
    .selectFrom('award_nominations')
    .select('nominee_id')
    .where('id', '=', input.id)
    .executeTakeFirstOrThrow();
  if (nominee.nominee_id === input.nominatorId) {
    const message = 'A person cannot nominate themselves. Choose a different nominator.';
    throw new TrellisError('SELF_NOMINATION', message, { nominatorId: message });
  }
  await requireActivePerson(db, input.nominatorId, 'nominatorId');
  await db
    .updateTable('award_nominations')
    .set({ nominator_id: input.nominatorId, statement: input.statement, updated_at: clock.stamp })
    .where('id', '=', input.id)
    .execute();
}

export async function setNominationStatus(
  db: WritableDb,
  id: number,
  status: NominationStatus,
  clock: Clock,
): Promise<void> {
  const current = await requireNomination(db, id);
  if (current.status === status) return;
  if (!nominationTransitions[current.status].includes(status)) {
    const allowed = nominationTransitions[current.status].map((s) => `“${nominationStatusLabels[s]}”`).join(' or ');
    throw new TrellisError(
      'CONFLICT',
      `A nomination that is ${nominationStatusLabels[current.status].toLowerCase()} can move to ${allowed}, not to “${nominationStatusLabels[status]}”.`,
    );
  }
  if (status === 'submitted' && current.status === 'draft') {
    assertCanSubmit(await getCycle(db, current.cycle_id, clock.today), current.statement);
  }
  const decided = status === 'selected' || status === 'not_selected';
  await db
    .updateTable('award_nominations')
    .set({
      status,
      ...(status === 'draft' ? { submitted_on: null } : {}),
      ...(status === 'submitted' && current.status === 'draft' ? { submitted_on: clock.today } : {}),
      decided_on: decided ? clock.today : null,
      updated_at: clock.stamp,
    })
    .where('id', '=', id)
    .execute();
}

/** Only drafts are deleted; anything the committee has seen stays on record. Letters and comments go with it. */
export async function deleteNomination(db: WritableDb, id: number): Promise<void> {
  const current = await requireNomination(db, id);
  if (current.status !== 'draft') {
    throw new TrellisError(
      'CONFLICT',
      `Only draft nominations can be deleted; this one is ${nominationStatusLabels[current.status].toLowerCase()}.`,
    );
  }
  await db.deleteFrom('nomination_letters').where('nomination_id', '=', id).execute();
  await db.deleteFrom('nomination_comments').where('nomination_id', '=', id).execute();
  await db.deleteFrom('award_nominations').where('id', '=', id).execute();
}
