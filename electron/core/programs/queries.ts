import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { supportingKinds } from '../../common/mentorshipTerms';
import type { Program, ProgramCounts, ProgramStatus, ProgramWithCounts } from './contract';
import { toProgram } from './rows';

export async function getProgram(db: ReadableDb, id: number): Promise<Program> {
  const row = await db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That program does not exist. It may have been removed.');
  const targets = await db.selectFrom('program_target_ranks').select('rank').where('program_id', '=', id).execute();
  return toProgram(
    row,
    targets.map((t) => t.rank),
  );
}

export async function getProgramWithCounts(db: ReadableDb, id: number): Promise<ProgramWithCounts> {
  const program = await getProgram(db, id);
  return { ...program, counts: await programCounts(db, program.id) };
}

export async function listPrograms(db: ReadableDb, status?: ProgramStatus): Promise<ProgramWithCounts[]> {
  const rows = await db
    .selectFrom('programs')
    .selectAll()
    .$if(status !== undefined, (q) => q.where('status', '=', status!))
    .orderBy('name')
    .execute();
  const targets = await db.selectFrom('program_target_ranks').select(['program_id', 'rank']).execute();
  const result: ProgramWithCounts[] = [];
  for (const row of rows) {
    const program = toProgram(
      row,
      targets.filter((t) => t.program_id === row.id).map((t) => t.rank),
    );
    result.push({ ...program, counts: await programCounts(db, row.id) });
  }
  return result;
}

async function programCounts(db: ReadableDb, programId: number): Promise<ProgramCounts> {
  const byStatus = await db
    .selectFrom('mentorships')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('program_id', '=', programId)
    .groupBy('status')
    .execute();
  const mentorships = (status: string) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
  const groups = await db
    .selectFrom('peer_groups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const audience = await db
    .selectFrom('faculty as f')
    .innerJoin('program_target_ranks as t', 't.rank', 'f.rank')
    .where('t.program_id', '=', programId)
    .where('f.active', '=', 1)
    .select((eb) => [
      eb.fn.countAll<number>().as('people'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(
                eb
                  .selectFrom('mentorships as m')
                  .select('m.id')
                  .whereRef('m.mentee_id', '=', 'f.id')
                  .where('m.status', '=', 'active')
                  .where('m.kind', 'in', supportingKinds),
              ),
            )
            .then(0)
            .else(1)
            .end(),
        )
        .as('without_mentor'),
    ])
    .executeTakeFirstOrThrow();
  return {
    activeMentorships: mentorships('active'),
    proposedMentorships: mentorships('proposed'),
    endedMentorships: mentorships('ended'),
    activeGroups: Number(groups.n),
    audience: Number(audience.people),
    audienceWithoutMentor: Number(audience.without_mentor ?? 0),
  };
}

/** Program names are unique, so lists and links are never ambiguous. */
export async function assertProgramNameFree(db: ReadableDb, name: string, exceptId?: number): Promise<void> {
  const same = await db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', name)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (same) {
    const message = `There is already a program called “${name}”.`;
    throw new TrellisError('CONFLICT', message, { name: message });
  }
}
