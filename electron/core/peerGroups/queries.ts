import type { ReadableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import type { Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import type {
  GroupMember,
  GroupPhase,
  Grouping,
  GroupStatus,
  PeerGroup,
  peerGroupListInput,
  PeerGroupRow,
} from './contract';
import { peerGroupWarnings } from './rules';

type ListInput = z.output<typeof peerGroupListInput>;

/** Groups with their program's limit, facilitator, current member count and last meeting (index seeks). */
function selectGroups(db: ReadableDb) {
  return db
    .selectFrom('peer_groups as g')
    .innerJoin('programs as p', 'p.id', 'g.program_id')
    .leftJoin('faculty as f', 'f.id', 'g.facilitator_id')
    .select((eb) => [
      'g.id',
      'g.program_id',
      'p.name as program_name',
      'p.max_group_size',
      'g.name',
      'g.focus',
      'g.facilitated',
      'g.grouping',
      'g.facilitator_id',
      'f.name as facilitator_name',
      'f.rank as facilitator_rank',
      'f.department as facilitator_department',
      'g.phase',
      'g.status',
      'g.started_on',
      eb
        .selectFrom('peer_group_members as gm')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('gm.group_id', '=', 'g.id')
        .where('gm.left_on', 'is', null)
        .as('member_count'),
      eb
        .selectFrom('meetings as mt')
        .select((inner) => inner.fn.max('mt.held_on').as('held_on'))
        .whereRef('mt.peer_group_id', '=', 'g.id')
        .as('last_meeting_on'),
    ]);
}

type GroupRowData = Awaited<ReturnType<ReturnType<typeof selectGroups>['executeTakeFirstOrThrow']>>;

function toGroupRow(row: GroupRowData): PeerGroupRow {
  const facilitator: PersonRef | null =
    row.facilitator_id !== null && row.facilitator_name !== null
      ? {
          id: row.facilitator_id,
          name: row.facilitator_name,
          rank: row.facilitator_rank as Rank,
          department: row.facilitator_department ?? '',
        }
      : null;
  return {
    id: row.id,
    program: { id: row.program_id, name: row.program_name },
    name: row.name,
    focus: row.focus,
    facilitated: row.facilitated === 1,
    grouping: row.grouping as Grouping | null,
    facilitator,
    phase: row.phase as GroupPhase,
    status: row.status as GroupStatus,
    startedOn: row.started_on,
    memberCount: Number(row.member_count ?? 0),
    maxMembers: row.max_group_size,
    lastMeetingOn: row.last_meeting_on ?? null,
  };
}

export async function listPeerGroups(db: ReadableDb, input: ListInput): Promise<PeerGroupRow[]> {
  let query = selectGroups(db);
  if (input.programId !== undefined) query = query.where('g.program_id', '=', input.programId);
  if (input.status) query = query.where('g.status', '=', input.status);
  if (input.personId !== undefined) {
    const personId = input.personId;
    query = query.where((eb) =>
      eb.or([
        eb('g.facilitator_id', '=', personId),
        eb.exists(
          eb
            .selectFrom('peer_group_members as pm')
            .select('pm.id')
            .whereRef('pm.group_id', '=', 'g.id')
            .where('pm.faculty_id', '=', personId),
        ),
      ]),
    );
  }
  const rows = await query.orderBy('g.name').orderBy('g.id').execute();
  return rows.map(toGroupRow);
}

export async function getPeerGroup(db: ReadableDb, id: number): Promise<PeerGroup> {
  const row = await selectGroups(db).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That peer group does not exist. It may have been removed.');
  const base = toGroupRow(row);
  const details = await db
    .selectFrom('peer_groups')
    .select(['schedule', 'meeting_minutes', 'logistics', 'costs_cents', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const memberRows = await db
    .selectFrom('peer_group_members as gm')
    .innerJoin('faculty as f', 'f.id', 'gm.faculty_id')
    .select([
      'f.id',
      'f.name',
      'f.rank',
      'f.department',
      'gm.joined_on',
      'gm.agreed_attendance',
      'gm.agreed_confidentiality',
      'gm.left_on',
    ])
    .where('gm.group_id', '=', id)
    .orderBy('f.name')
    .execute();
  const all: GroupMember[] = memberRows.map((m) => ({
    person: { id: m.id, name: m.name, rank: m.rank as Rank, department: m.department },
    joinedOn: m.joined_on,
    agreedAttendance: m.agreed_attendance === 1,
    agreedConfidentiality: m.agreed_confidentiality === 1,
    leftOn: m.left_on,
  }));
  const members = all.filter((m) => m.leftOn === null);
  const { meetings } = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('meetings'))
    .where('peer_group_id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    ...base,
    schedule: details.schedule,
    meetingMinutes: details.meeting_minutes,
    logistics: details.logistics,
    costsCents: details.costs_cents,
    isFull: base.memberCount >= base.maxMembers,
    members,
    formerMembers: all.filter((m) => m.leftOn !== null).sort((a, b) => (b.leftOn ?? '').localeCompare(a.leftOn ?? '')),
    meetingCount: Number(meetings),
    warnings: peerGroupWarnings(base, members),
    createdAt: details.created_at,
    updatedAt: details.updated_at,
  };
}
