import type { WritableDb } from '../../../db/handles';
import type { HandlerMap } from '../handlers';
import type { ProgramFields, programContract } from './contract';
import { assertProgramNameFree, getProgram, getProgramWithCounts, listPrograms } from './queries';
import { toProgramColumns } from './rows';

type ProgramOperation = keyof typeof programContract;

export const programHandlers: HandlerMap<ProgramOperation> = {
  'programs.list': { access: 'read', run: ({ db }, { status }) => listPrograms(db, status) },
  'programs.get': { access: 'read', run: ({ db }, { id }) => getProgramWithCounts(db, id) },
  'programs.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      await assertProgramNameFree(db, fields.name);
      const stamp = now().toISOString();
      const { id } = await db
        .insertInto('programs')
        .values({ ...toProgramColumns(fields), created_at: stamp, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceTargetRanks(db, id, fields);
      audit('program', id);
      return getProgramWithCounts(db, id);
    },
  },
  'programs.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, ...fields }) => {
      await getProgram(db, id);
      await assertProgramNameFree(db, fields.name, id);
      await db
        .updateTable('programs')
        .set({ ...toProgramColumns(fields), updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute();
      await replaceTargetRanks(db, id, fields);
      audit('program', id);
      return getProgramWithCounts(db, id);
    },
  },
};

async function replaceTargetRanks(db: WritableDb, programId: number, fields: ProgramFields): Promise<void> {
  await db.deleteFrom('program_target_ranks').where('program_id', '=', programId).execute();
  if (fields.targetRanks.length === 0) return;
  await db
    .insertInto('program_target_ranks')
    .values(fields.targetRanks.map((rank) => ({ program_id: programId, rank })))
    .execute();
}
