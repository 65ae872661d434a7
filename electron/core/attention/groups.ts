import type { ReadableDb } from '../../../db/handles';
import { addDays } from '../../common/isoDates';
import { groupMeetingGapDays, type AttentionItem } from './contract';
import { relativeDay } from './wording';

/** Active peer groups that are full, lack their facilitator, or have stopped meeting. */

function selectActiveGroups(db: ReadableDb) {
  return db
    .selectFrom('peer_groups as g')
    .innerJoin('programs as p', 'p.id', 'g.program_id')
    .select(['g.id', 'g.name'])
    .where('g.status', '=', 'active');
}

function groupRef(row: { id: number; name: string }) {
  return [{ type: 'peerGroup' as const, id: row.id, label: row.name }];
}

export async function fullGroups(db: ReadableDb): Promise<AttentionItem[]> {
  const rows = await selectActiveGroups(db)
    .select((eb) => [
      'p.max_group_size',
      eb
        .selectFrom('peer_group_members as gm')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('gm.group_id', '=', 'g.id')
        .where('gm.left_on', 'is', null)
        .as('members'),
    ])
    .where((eb) =>
      eb(
        eb
          .selectFrom('peer_group_members as gm')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('gm.group_id', '=', 'g.id')
          .where('gm.left_on', 'is', null),
        '>=',
        eb.ref('p.max_group_size'),
      ),
    )
    .orderBy('g.name')
    .execute();
  return rows.map((row) => ({
    kind: 'group_full',
    why: `${row.name} is full: it has ${Number(row.members)} members and its program allows ${row.max_group_size}. New members need another group.`,
    records: groupRef(row),
    date: null,
  }));
}

/** Facilitated groups with no facilitator named (groups that chose not to be facilitated are fine). */
export async function groupsWithoutFacilitator(db: ReadableDb): Promise<AttentionItem[]> {
  const rows = await selectActiveGroups(db)
    .where('g.facilitated', '=', 1)
    .where('g.facilitator_id', 'is', null)
    .orderBy('g.name')
    .execute();
  return rows.map((row) => ({
    kind: 'group_without_facilitator',
    why: `${row.name} is a facilitated group but has no facilitator. Ask a more senior faculty member to guide it.`,
    records: groupRef(row),
    date: null,
  }));
}

/** Groups that have not met in 45 days (and started more than 45 days ago). */
export async function groupsWithoutRecentMeeting(db: ReadableDb, today: string): Promise<AttentionItem[]> {
  const cutoff = addDays(today, -groupMeetingGapDays);
  const rows = await selectActiveGroups(db)
    .select((eb) => [
      'g.started_on',
      eb
        .selectFrom('meetings as last')
        .select((inner) => inner.fn.max('last.held_on').as('held_on'))
        .whereRef('last.peer_group_id', '=', 'g.id')
        .as('last_met'),
    ])
    .where('g.started_on', '<', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('meetings as recent')
            .select('recent.id')
            .whereRef('recent.peer_group_id', '=', 'g.id')
            .where('recent.held_on', '>=', cutoff),
        ),
      ),
    )
    .orderBy('g.name')
    .execute();
  return rows.map((row) => ({
    kind: 'group_without_recent_meeting',
    why: row.last_met
      ? `${row.name} last met on ${row.last_met} (${relativeDay(row.last_met, today)}); groups meet monthly.`
      : `${row.name} has not logged a meeting since it started on ${row.started_on}; groups meet monthly.`,
    records: groupRef(row),
    date: row.last_met ?? row.started_on,
  }));
}
