import type { ReadableDb } from '../../../db/handles';
import type { Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import type { Attendance, PlannedRound, Workshop, WorkshopParticipant, WorkshopRow } from './contract';
import { requireWorkshop } from './details';
import { mutualWishes } from './wishes';

type WorkshopRecord = Awaited<ReturnType<typeof requireWorkshop>>;

function attendanceOf(row: { checked_in_at: string | null; left_at: string | null }): Attendance {
  return row.left_at ? 'left' : row.checked_in_at ? 'present' : 'expected';
}

export async function listWorkshops(db: ReadableDb, input: { programId?: number }): Promise<WorkshopRow[]> {
  const rows = await db
    .selectFrom('workshops as w')
    .innerJoin('programs as p', 'p.id', 'w.program_id')
    .selectAll('w')
    .select((eb) => [
      'p.name as program_name',
      eb
        .selectFrom('workshop_participants as wp')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('wp.workshop_id', '=', 'w.id')
        .as('participants'),
      eb
        .selectFrom('workshop_participants as wp')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('wp.workshop_id', '=', 'w.id')
        .where('wp.checked_in_at', 'is not', null)
        .where('wp.left_at', 'is', null)
        .as('present'),
    ])
    .$if(input.programId !== undefined, (q) => q.where('w.program_id', '=', input.programId!))
    .orderBy('w.held_on', 'desc')
    .orderBy('w.id', 'desc')
    .execute();
  return rows.map((r) => rowOf(r, r.program_name, Number(r.participants ?? 0), Number(r.present ?? 0)));
}

function rowOf(w: WorkshopRecord, programName: string, participants: number, present: number): WorkshopRow {
  return {
    id: w.id,
    title: w.title,
    program: { id: w.program_id, name: programName },
    heldOn: w.held_on,
    startsAt: w.starts_at,
    place: w.place,
    roundMinutes: w.round_minutes,
    roundCount: w.round_count,
    tableCount: w.table_count,
    participantCount: participants,
    presentCount: present,
    planned: w.planned_at !== null,
  };
}

async function participantsOf(db: ReadableDb, workshopId: number): Promise<WorkshopParticipant[]> {
  const rows = await db
    .selectFrom('workshop_participants as p')
    .leftJoin('faculty as f', 'f.id', 'p.faculty_id')
    .select([
      'p.id',
      'p.faculty_id',
      'p.name',
      'p.email',
      'p.department',
      'p.source',
      'p.checked_in_at',
      'p.left_at',
      'f.name as faculty_name',
      'f.email as faculty_email',
      'f.rank',
      'f.department as faculty_department',
    ])
    .where('p.workshop_id', '=', workshopId)
    .execute();
  const wishes = await db
    .selectFrom('workshop_wishes as ww')
    .innerJoin('workshop_participants as p', 'p.id', 'ww.participant_id')
    .select(['ww.participant_id', 'ww.partner_id'])
    .where('p.workshop_id', '=', workshopId)
    .orderBy('ww.partner_id')
    .execute();
  const participants = rows.map((r): WorkshopParticipant => {
    const person: PersonRef | null =
      r.faculty_id !== null
        ? { id: r.faculty_id, name: r.faculty_name!, rank: r.rank as Rank, department: r.faculty_department! }
        : null;
    return {
      id: r.id,
      person,
      name: person?.name ?? r.name ?? '',
      email: r.faculty_email ?? r.email,
      department: person?.department ?? r.department,
      source: r.source as WorkshopParticipant['source'],
      attendance: attendanceOf(r),
      checkedInAt: r.checked_in_at,
      leftAt: r.left_at,
      wishes: wishes.filter((w) => w.participant_id === r.id).map((w) => w.partner_id),
    };
  });
  return participants.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

/** The stored plan, round by round, each table's people by name. */
export async function roundsOf(
  db: ReadableDb,
  workshopId: number,
  names: Map<number, string>,
): Promise<PlannedRound[]> {
  const seats = await db
    .selectFrom('workshop_seats')
    .select(['round', 'group_number', 'table_number', 'participant_id'])
    .where('workshop_id', '=', workshopId)
    .orderBy('round')
    .orderBy('group_number')
    .orderBy('participant_id')
    .execute();
  const rounds = new Map<number, Map<number, PlannedRound['groups'][number]>>();
  for (const seat of seats) {
    if (!rounds.has(seat.round)) rounds.set(seat.round, new Map());
    const groups = rounds.get(seat.round)!;
    if (!groups.has(seat.group_number)) groups.set(seat.group_number, { table: seat.table_number, people: [] });
    groups
      .get(seat.group_number)!
      .people.push({ participantId: seat.participant_id, name: names.get(seat.participant_id) ?? '' });
  }
  return [...rounds].map(([number, groups]) => ({
    number,
    groups: [...groups.values()].sort((a, b) => a.table - b.table),
  }));
}

export async function getWorkshop(db: ReadableDb, id: number): Promise<Workshop> {
  const w = await requireWorkshop(db, id);
  const program = await db
    .selectFrom('programs')
    .select('name')
    .where('id', '=', w.program_id)
    .executeTakeFirstOrThrow();
  const participants = await participantsOf(db, id);
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const rounds = await roundsOf(db, id, names);
  const facilitators = await db
    .selectFrom('workshop_facilitators as wf')
    .leftJoin('faculty as f', 'f.id', 'wf.faculty_id')
    .select(['wf.faculty_id', 'wf.name', 'f.name as faculty_name', 'f.rank', 'f.department'])
    .where('wf.workshop_id', '=', id)
    .orderBy('wf.position')
    .execute();
  const present = participants.filter((p) => p.attendance === 'present');
  const lastRound = rounds[rounds.length - 1];
  const seatedLast = new Set(lastRound?.groups.flatMap((g) => g.people.map((p) => p.participantId)) ?? []);
  return {
    ...rowOf(w, program.name, participants.length, present.length),
    facilitators: facilitators.map((f) => ({
      person:
        f.faculty_id !== null
          ? { id: f.faculty_id, name: f.faculty_name!, rank: f.rank as Rank, department: f.department! }
          : null,
      name: f.faculty_name ?? f.name ?? '',
    })),
    participants,
    rounds,
    roundSeconds: w.round_minutes * 60,
    halfTimeSeconds: w.round_minutes * 30,
    plan:
      w.planned_at !== null && w.plan_seed !== null
        ? {
            seed: w.plan_seed,
            plannedAt: w.planned_at,
            arrivedSince: present.filter((p) => !seatedLast.has(p.id)).map((p) => p.name),
            leftSince: participants
              .filter((p) => seatedLast.has(p.id) && p.attendance !== 'present')
              .map((p) => p.name),
          }
        : null,
    mutualWishes: mutualWishes(participants),
    createdAt: w.created_at,
    updatedAt: w.updated_at,
  };
}
