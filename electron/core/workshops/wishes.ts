import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import type { Workshop, WorkshopParticipant } from './contract';
import { requireParticipant } from './participants';

/** Pairs who each named the other as someone they would like to keep meeting. */
export function mutualWishes(participants: readonly WorkshopParticipant[]): Workshop['mutualWishes'] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const pairs: Workshop['mutualWishes'] = [];
  for (const p of participants) {
    for (const partnerId of p.wishes) {
      const partner = byId.get(partnerId);
      if (partner && p.id < partner.id && partner.wishes.includes(p.id)) {
        pairs.push({ participantIds: [p.id, partner.id], names: [p.name, partner.name] });
      }
    }
  }
  return pairs;
}

/**
 * Records whom a participant would like to keep meeting: only people they
 * sat with in one of the workshop's rounds (the wish is about a conversation
 * they had). Replaces what was recorded for them before.
 */
export async function setWishes(
  db: WritableDb,
  participantId: number,
  partnerIds: readonly number[],
  clock: Clock,
): Promise<number> {
  const participant = await requireParticipant(db, participantId);
  const wanted = [...new Set(partnerIds)];
  if (wanted.length > 0) {
    const metRows = await db
      .selectFrom('workshop_seats as mine')
      .innerJoin('workshop_seats as theirs', (join) =>
        join
          .onRef('theirs.workshop_id', '=', 'mine.workshop_id')
          .onRef('theirs.round', '=', 'mine.round')
          .onRef('theirs.group_number', '=', 'mine.group_number'),
      )
      .select('theirs.participant_id')
      .where('mine.participant_id', '=', participantId)
      .where('theirs.participant_id', '!=', participantId)
      .execute();
    const met = new Set(metRows.map((r) => r.participant_id));
    for (const partnerId of wanted) {
      if (!met.has(partnerId)) {
        const partner =
          partnerId === participantId ? participant : await requireParticipant(db, partnerId).catch(() => null);
        const who = partner && partner.workshop_id === participant.workshop_id ? partner.displayName : 'That person';
        throw new TrellisError(
          'NOT_A_PARTNER',
          `${who} was not ${participant.displayName}’s partner in any round of this workshop. Choose among the people they met.`,
          { partnerIds: 'Choose among the partners they met.' },
        );
      }
    }
  }
  await db.deleteFrom('workshop_wishes').where('participant_id', '=', participantId).execute();
  if (wanted.length > 0) {
    await db
      .insertInto('workshop_wishes')
      .values(
        wanted.map((partnerId) => ({ participant_id: participantId, partner_id: partnerId, created_at: clock.stamp })),
      )
      .execute();
  }
  return participant.workshop_id;
}
